import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Popconfirm, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MyVoucherApplicationsQuery as Result } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError } from '../../shared/lib/user-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { AskAboutThis } from '../consulting/AskAboutThis';
import { MyVoucherApplicationsQuery, WithdrawVoucherApplicationMutation } from './billing-portal.operations';
import { appendPage } from './invoice-payers';

type Row = Result['voucherApplications']['edges'][number]['node'];

const STATUS_COLORS: Record<string, string> = { SUBMITTED: 'processing', APPROVED: 'success', REJECTED: 'error', WITHDRAWN: 'default' };

/** My voucher applications, with withdraw while a manager has not decided. */
export function MyApplicationsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const { data, loading, error, fetchMore } = useQuery(MyVoucherApplicationsQuery, { variables: { first: 20 } });
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawVoucherApplicationMutation, { refetchQueries: [MyVoucherApplicationsQuery] });
  const onWithdraw = async (applicationId: string) => {
    try {
      const payload = (await withdraw({ variables: { input: { applicationId } } })).data?.withdrawVoucherApplication;
      const problem = payload?.userErrors[0];
      if (problem) void message.error(describeUserError(problem, t));
      else void message.success(t('billingPortal.withdrawn'));
    } catch (e) {
      void message.error(describeRequestError(e, t));
    }
  };
  const columns: ColumnsType<Row> = [
    { key: 'date', title: t('billingPortal.submittedOn'), render: (_, row) => formatDate(row.createdAt) },
    { key: 'requested', title: t('billingPortal.requested'), align: 'right', render: (_, row) => format.fen(row.requestedFen) },
    { key: 'approved', title: t('billingPortal.approved'), align: 'right', render: (_, row) => format.fen(row.approvedFen) },
    {
      key: 'status',
      title: t('billingPortal.status'),
      render: (_, row) => (
        <>
          <Tag color={STATUS_COLORS[row.status] ?? 'default'}>{t(`billingPortal.applicationStatus.${row.status}`, { defaultValue: row.status })}</Tag>
          {row.status === 'REJECTED' && row.decisionReason && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="application-reason">
              {t('billingPortal.reason', { reason: row.decisionReason })}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'purpose', title: t('billingPortal.purpose'), dataIndex: 'purpose', ellipsis: true },
    {
      key: 'actions',
      title: '',
      render: (_, row) => (
        <>
          {row.status === 'SUBMITTED' && (
            <Popconfirm title={t('billingPortal.withdrawConfirm')} onConfirm={() => onWithdraw(row.id)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button size="small" danger loading={withdrawing} data-testid="application-withdraw">
                {t('billingPortal.withdraw')}
              </Button>
            </Popconfirm>
          )}
          <AskAboutThis kind="VOUCHER_APPLICATION" id={row.id} category="COMPUTE_VOUCHERS" size="small" type="link" testId="application-ask" />
        </>
      ),
    },
  ];
  const loadMore = (after: string) =>
    void fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) => ({ ...fetchMoreResult, voucherApplications: appendPage(prev.voucherApplications, fetchMoreResult.voucherApplications) }),
    });
  return (
    <Card title={t('billingPortal.myApplications')} data-testid="my-applications">
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {data?.voucherApplications.totalCount === 0 ? (
        <Empty description={t('billingPortal.noApplications')} data-testid="applications-empty" />
      ) : (
        <ConnectionTable<Row> connection={data?.voucherApplications} columns={columns} loading={loading} onLoadMore={loadMore} scrollX={760} testId="applications-table" />
      )}
    </Card>
  );
}
