import { useQuery } from '@apollo/client/react';
import { Alert, Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TermSheetsQuery as ListResult, TermSheetStatus } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { TermSheetsQuery } from './equity.operations';
import { formatBasisPoints } from './term-form';
import { TermSheetStatusTag } from './TermSheetStatusTag';

type Row = ListResult['termSheets'][number];
const STATUSES: TermSheetStatus[] = ['OPEN', 'SIGNED', 'WITHDRAWN'];

/** The term sheets the caller may see, filterable by status; for the console (with the organisation) and the portal. */
export function TermSheetList({ basePath, showOrganisation, emptyText }: { basePath: string; showOrganisation: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<TermSheetStatus | 'ALL'>('ALL');
  const { data, loading, error } = useQuery(TermSheetsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = (data?.termSheets ?? []).filter((sheet) => status === 'ALL' || sheet.status === status);
  const columns: ColumnsType<Row> = [
    { title: t('equity.list.statusFilter'), dataIndex: 'status', render: (s: TermSheetStatus) => <TermSheetStatusTag status={s} /> },
    {
      title: t('equity.list.project'),
      key: 'project',
      render: (_, sheet) => (
        <Link to={`${basePath}/${sheet.id}`} data-testid="term-sheet-link" data-project-id={sheet.projectId}>
          {sheet.projectName ?? sheet.projectId}
        </Link>
      ),
    },
    ...(showOrganisation ? [{ title: t('equity.list.organisation'), dataIndex: 'organisationName' }] : []),
    { title: t('equity.list.version'), key: 'version', render: (_, sheet) => t('equity.detail.versionNo', { version: sheet.currentVersion.versionNo }) },
    { title: t('equity.list.credit'), key: 'credit', align: 'right', render: (_, sheet) => format.fen(sheet.currentVersion.terms.creditFen) },
    { title: t('equity.list.preMoney'), key: 'preMoney', align: 'right', render: (_, sheet) => format.fen(sheet.currentVersion.terms.preMoneyValuationFen) },
    { title: t('equity.list.centrePercent'), key: 'centre', align: 'right', render: (_, sheet) => formatBasisPoints(sheet.currentVersion.derived.centrePercentBasisPoints) },
    { title: t('equity.list.createdAt'), dataIndex: 'createdAt', render: (iso: string) => format.zonedDateTime(iso) },
  ];
  return (
    <Card size="small">
      <Segmented<TermSheetStatus | 'ALL'>
        value={status}
        onChange={setStatus}
        options={[{ value: 'ALL', label: t('common.all') }, ...STATUSES.map((value) => ({ value, label: t(`equity.status.${value}`) }))]}
        style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        data-testid="term-sheet-status-filter"
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      <Table<Row>
        size="small"
        rowKey="id"
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: showOrganisation ? 960 : 820 }}
        locale={{ emptyText }}
        data-testid="term-sheet-list"
      />
    </Card>
  );
}
