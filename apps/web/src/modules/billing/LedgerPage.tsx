import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Row, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { LedgerCheckQuery as CheckResult, LedgerEntriesQuery as EntriesResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { useLocale } from '../../shared/i18n/use-locale';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LedgerCheckQuery, LedgerEntriesQuery } from './billing.operations';
import { DownloadButtons } from './DownloadButtons';

type Account = CheckResult['ledgerCheck']['centreAccounts'][number];
type Entry = EntriesResult['ledgerEntries']['edges'][number]['node'];

export function LedgerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useLocale();
  const check = useQuery(LedgerCheckQuery);
  const entries = useQuery(LedgerEntriesQuery, { variables: { first: 30 }, notifyOnNetworkStatusChange: true });
  const health = check.data?.ledgerCheck;
  const accountColumns: ColumnsType<Account> = [
    { title: t('billing.ledger.account'), dataIndex: 'code', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('billing.ledger.kind'), dataIndex: 'kind', render: (kind: string) => t(`billing.ledger.kinds.${kind}`, { defaultValue: kind }) },
    { title: t('billing.ledger.balance'), key: 'balance', align: 'right', render: (_, a) => format.fen(a.balanceFen) },
  ];
  const entryColumns: ColumnsType<Entry> = [
    { title: t('billing.ledger.time'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: t('billing.ledger.account'), dataIndex: 'accountCode', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('billing.ledger.amount'), key: 'amount', align: 'right', render: (_, e) => format.fen(e.amountFen) },
    { title: t('billing.ledger.reason'), dataIndex: 'reason', render: (v: string) => t(`billing.ledger.reasons.${v}`, { defaultValue: v }) },
    { title: t('billing.ledger.memo'), dataIndex: 'memo', render: (v: string) => v || '—' },
    { title: t('billing.ledger.transaction'), dataIndex: 'transactionId', render: (v: string) => <Typography.Text type="secondary">{v.slice(0, 8)}</Typography.Text> },
  ];
  const exports = (['csv', 'xlsx'] as const).map((ext) => ({ key: `ledger-${ext}`, label: t(`billing.export.${ext}`), path: `/api/billing/exports/ledger.${ext}`, fileName: `ledger.${ext}`, query: { lang } }));
  const failure = check.error ?? entries.error;
  return (
    <div>
      <PageHeader title={t('billing.ledger.title')} subtitle={t('billing.ledger.subtitle')} extra={<DownloadButtons choices={exports} testId="ledger-exports" />} />
      {failure && <Alert type="error" showIcon title={describeRequestError(failure, t)} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('billing.ledger.check')} loading={check.loading && !check.data} data-testid="ledger-check">
            {health && (
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('billing.ledger.state')}>
                  <Tag color={health.healthy ? 'success' : 'error'}>{t(health.healthy ? 'billing.ledger.healthy' : 'billing.ledger.unhealthy')}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('billing.ledger.total')}>{format.fen(health.totalFen)}</Descriptions.Item>
                <Descriptions.Item label={t('billing.ledger.unbalanced')}>{health.unbalancedTransactions}</Descriptions.Item>
                <Descriptions.Item label={t('billing.ledger.receivableMismatches')}>{health.receivableMismatches}</Descriptions.Item>
                <Descriptions.Item label={t('billing.ledger.voucherMismatches')}>{health.voucherMismatches}</Descriptions.Item>
              </Descriptions>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('billing.ledger.centreAccounts')}>
            <Table<Account> rowKey="code" size="small" columns={accountColumns} dataSource={[...(health?.centreAccounts ?? [])]} pagination={false} scroll={{ x: 420 }} />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('billing.ledger.entries')} style={{ marginTop: 16 }}>
        <ConnectionTable
          connection={entries.data?.ledgerEntries}
          columns={entryColumns}
          loading={entries.loading}
          onLoadMore={(after) => void entries.fetchMore({ variables: { after } })}
          scrollX={900}
          testId="ledger-entries"
        />
      </Card>
    </div>
  );
}
