import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { formatBasisPoints, formatShares } from './term-form';
import { releaseText, type ReleaseLike } from './terms-text';

export interface TrancheRow {
  percentBasisPoints: bigint | number;
  release: ReleaseLike;
  creditFen: bigint | string;
  shares: bigint | string;
}

/** The tranches with their credit and shares, and a total row (the parts add up to the whole, by construction). */
export function TrancheTable({ rows, testId }: { rows: readonly TrancheRow[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const total = (pick: (row: TrancheRow) => bigint | string | number) => rows.reduce((sum, row) => sum + BigInt(pick(row)), 0n);
  const columns: ColumnsType<TrancheRow & { index: number }> = [
    { title: '#', dataIndex: 'index', width: 72, render: (index: number) => index + 1 },
    { title: t('equity.field.percent'), dataIndex: 'percentBasisPoints', align: 'right', render: (bp: bigint) => formatBasisPoints(bp) },
    { title: t('equity.field.kind'), dataIndex: 'release', render: (release: ReleaseLike) => releaseText(release, t, format) },
    { title: t('equity.calc.trancheCredit'), dataIndex: 'creditFen', align: 'right', render: (fen: string | bigint) => <span data-testid="tranche-credit">{format.fen(fen)}</span> },
    { title: t('equity.calc.trancheShares'), dataIndex: 'shares', align: 'right', render: (shares: string | bigint) => <span data-testid="tranche-shares">{formatShares(shares, format.locale)}</span> },
  ];
  return (
    <Table
      size="small"
      rowKey="index"
      pagination={false}
      scroll={{ x: 560 }}
      columns={columns}
      dataSource={rows.map((row, index) => ({ ...row, index }))}
      data-testid={testId}
      summary={() =>
        rows.length > 0 && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('equity.calc.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatBasisPoints(total((row) => row.percentBasisPoints))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
            <Table.Summary.Cell index={3} align="right">
              <span data-testid="tranche-credit-total">{format.fen(total((row) => row.creditFen))}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <span data-testid="tranche-shares-total">{formatShares(total((row) => row.shares), format.locale)}</span>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}
