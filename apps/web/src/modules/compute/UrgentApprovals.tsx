import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, List, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UrgentRequestsAwaitingApprovalQuery as AwaitingResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { AllocationQueueQuery, ApproveUrgentRequestMutation, ClusterGridQuery, DeclineUrgentRequestMutation, OrganisationSchedulingQuery, UrgentRequestsAwaitingApprovalQuery } from './compute.operations';
import { formatDuration } from './format';
import { useAllocationEvents } from './use-allocation-events';
import { useFormat } from '../../shared/format/use-format';
import { useLocale } from '../../shared/i18n/use-locale';

type Row = AwaitingResult['urgentRequestsAwaitingApproval'][number];
const REFETCH = [UrgentRequestsAwaitingApprovalQuery, AllocationQueueQuery, ClusterGridQuery, OrganisationSchedulingQuery];

/**
 * Founders' URGENT requests wait here at their normal class until a manager decides: approving
 * lets them lead the queue and give preemptible work notice; declining keeps them at STANDARD.
 */
export function UrgentApprovals() {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(UrgentRequestsAwaitingApprovalQuery, {
    variables: { locale },
    pollInterval: 10_000,
  });
  useAllocationEvents(() => void refetch());
  const [approve, { loading: approving }] = useMutation(ApproveUrgentRequestMutation, { refetchQueries: REFETCH });
  const [decline, { loading: declining }] = useMutation(DeclineUrgentRequestMutation, { refetchQueries: REFETCH });
  const rows = data?.urgentRequestsAwaitingApproval ?? [];

  const decide = async (row: Row, decision: 'approve' | 'decline') => {
    try {
      const variables = { input: { id: row.id } };
      const errors =
        decision === 'approve'
          ? ((await approve({ variables })).data?.approveUrgentRequest.userErrors ?? [])
          : ((await decline({ variables })).data?.declineUrgentRequest.userErrors ?? []);
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(t(decision === 'approve' ? 'urgency.approved' : 'urgency.declined', { name: row.organisation.name }));
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  return (
    <Card title={t('urgency.awaitingTitle', { count: rows.length })} extra={<Typography.Text type="secondary">{t('urgency.awaitingHint')}</Typography.Text>} style={{ marginBottom: 16 }} data-testid="urgent-approvals">
      {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
      <List<Row>
        loading={loading && !data}
        dataSource={rows}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('urgency.noneAwaiting')} /> }}
        renderItem={(row) => (
          <List.Item
            data-testid={`urgent-row-${row.id}`}
            data-organisation-name={row.organisation.name}
            actions={[
              <Button key="approve" size="small" type="primary" icon={<CheckOutlined />} loading={approving} onClick={() => void decide(row, 'approve')} data-testid="urgent-approve">
                {t('urgency.approve')}
              </Button>,
              <Popconfirm
                key="decline"
                title={t('urgency.declineConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true, ...testId('urgent-decline-confirm') }}
                onConfirm={() => decide(row, 'decline')}
              >
                <Button size="small" danger icon={<CloseOutlined />} loading={declining} data-testid="urgent-decline">
                  {t('urgency.decline')}
                </Button>
              </Popconfirm>,
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <Typography.Text strong>{row.organisation.name}</Typography.Text>
                  <Typography.Text type="secondary">{row.project.name}</Typography.Text>
                </Space>
              }
              description={
                <span>
                  {t('urgency.requestLine', {
                    cards: row.cards,
                    cardType: row.cardType,
                    duration: formatDuration(row.durationS, t),
                    cardHours: format.number((row.cards * row.durationS) / 3600),
                    time: formatDateTime(row.createdAt),
                    position: row.queuePosition ?? '—',
                  })}
                </span>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
