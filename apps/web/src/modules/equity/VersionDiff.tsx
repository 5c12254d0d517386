import type { HTMLAttributes } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheetDiffQuery as DiffResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { TermSheetDiffQuery } from './equity.operations';
import { changeLabel, changeValue } from './terms-text';

type Change = DiffResult['termSheetDiff'][number];

/** Any two versions side by side, field by field (termSheetDiff); by default the previous version against the current one. */
export function VersionDiff({ termSheetId, versionNos }: { termSheetId: string; versionNos: readonly number[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const latest = versionNos[versionNos.length - 1] ?? 1;
  const [from, setFrom] = useState(Math.max(1, latest - 1));
  const [to, setTo] = useState(latest);
  const { data, error, loading } = useQuery(TermSheetDiffQuery, { variables: { termSheetId, fromVersionNo: from, toVersionNo: to }, skip: versionNos.length < 2 });
  if (versionNos.length < 2) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('equity.detail.onlyOneVersion')} />;
  const options = versionNos.map((versionNo) => ({ value: versionNo, label: t('equity.detail.versionNo', { version: versionNo }) }));
  const columns: ColumnsType<Change> = [
    { title: t('equity.detail.changeField'), dataIndex: 'field', render: (field: string) => changeLabel(field, t) },
    { title: t('equity.detail.before'), key: 'before', render: (_, change) => <span data-testid="diff-before">{changeValue(change.field, change.before, t, format)}</span> },
    { title: t('equity.detail.after'), key: 'after', render: (_, change) => <span data-testid="diff-after">{changeValue(change.field, change.after, t, format)}</span> },
  ];
  return (
    // data-ready: the rows shown are those of the versions chosen now (a test waits on it).
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="version-diff-state" data-from={from} data-to={to} data-ready={!loading && data !== undefined}>
      <Space wrap>
        <Typography.Text>{t('equity.detail.from')}</Typography.Text>
        <Select value={from} onChange={setFrom} options={options} style={{ minWidth: 120 }} {...testId('diff-from')} />
        <Typography.Text>{t('equity.detail.to')}</Typography.Text>
        <Select value={to} onChange={setTo} options={options} style={{ minWidth: 120 }} {...testId('diff-to')} />
      </Space>
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      <Table<Change>
        size="small"
        rowKey="field"
        loading={loading}
        pagination={false}
        scroll={{ x: 480 }}
        columns={columns}
        dataSource={data?.termSheetDiff ?? []}
        locale={{ emptyText: t('equity.detail.noChanges') }}
        data-testid="version-diff"
        onRow={(change) => ({ 'data-field': change.field }) as HTMLAttributes<HTMLElement>}
      />
    </Space>
  );
}
