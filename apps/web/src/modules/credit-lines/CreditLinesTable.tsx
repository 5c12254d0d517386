import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CreditLineRowFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { creditLinePaths, type CreditLineArea } from './area-paths';
import { CreditLineStatusTag } from './TrancheStatusTag';

/** Credit lines in a table; staff see whose they are, founders only their projects. Exported for the portfolio's drill-down. */
export function CreditLinesTable({ lines, area, showStartup = area === 'console' }: { lines: readonly CreditLineRowFieldsFragment[]; area: CreditLineArea; showStartup?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: ColumnsType<CreditLineRowFieldsFragment> = [
    ...(showStartup ? [{ key: 'startup', title: t('creditLines.startup'), render: (_: unknown, l: CreditLineRowFieldsFragment) => l.organisationName }] : []),
    {
      key: 'project',
      title: t('creditLines.project'),
      render: (_, l) => <Link to={creditLinePaths[area].line(l.id)} data-testid={`credit-line-link-${l.id}`}>{l.projectName}</Link>,
    },
    { key: 'status', title: t('creditLines.status'), render: (_, l) => <CreditLineStatusTag status={l.status} /> },
    { key: 'credit', title: t('creditLines.credit'), align: 'right', render: (_, l) => format.fen(l.creditFen) },
    { key: 'drawn', title: t('creditLines.drawn'), align: 'right', render: (_, l) => format.fen(l.drawnFen) },
    { key: 'drawable', title: t('creditLines.drawable'), align: 'right', render: (_, l) => format.fen(l.drawableFen) },
    { key: 'expires', title: t('creditLines.expiresAt'), render: (_, l) => formatDate(l.expiresAt) },
  ];
  return (
    <Table<CreditLineRowFieldsFragment>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...lines]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: showStartup ? 860 : 700 }}
      locale={{ emptyText: t('creditLines.empty') }}
      data-testid="credit-lines-table"
    />
  );
}
