import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { PortfolioPageQuery } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { StageTag } from '../../shared/ui/enum-tags';
import { basisPointsRatio, compareDecimal } from './portfolio-model';

export type Holding = PortfolioPageQuery['portfolio']['holdings'][number];

/** One row per startup; every figure column sorts by its exact value; the name opens the drill-down. */
export function HoldingsTable({ holdings, onOpen }: { holdings: readonly Holding[]; onOpen: (organisationId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (key: 'committedFen' | 'releasedFen' | 'drawnFen' | 'impliedValueFen', title: string) => ({
    key,
    title,
    align: 'right' as const,
    sorter: (a: Holding, b: Holding) => compareDecimal(a.figures[key], b.figures[key]),
    render: (_: unknown, h: Holding) => format.fen(h.figures[key]),
  });
  const columns: ColumnsType<Holding> = [
    {
      key: 'startup',
      title: t('portfolio.startup'),
      fixed: 'left',
      width: 160,
      sorter: (a, b) => a.organisationName.localeCompare(b.organisationName),
      render: (_, h) => (
        <Button type="link" size="small" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }} onClick={() => onOpen(h.organisationId)} data-testid={`holding-${h.organisationId}`}>
          {h.organisationName}
        </Button>
      ),
    },
    { key: 'industry', title: t('portfolio.industry'), sorter: (a, b) => a.industry.localeCompare(b.industry), render: (_, h) => t(`enums.Industry.${h.industry}`) },
    { key: 'stage', title: t('portfolio.stage'), render: (_, h) => <StageTag stage={h.stage} /> },
    { key: 'shares', title: t('portfolio.shares'), align: 'right', sorter: (a, b) => compareDecimal(a.figures.sharesHeld, b.figures.sharesHeld), render: (_, h) => <span data-testid="holding-shares" data-shares={h.figures.sharesHeld}>{format.number(Number(h.figures.sharesHeld), 0)}</span> },
    { key: 'percent', title: t('portfolio.percent'), align: 'right', sorter: (a, b) => a.percentBasisPoints - b.percentBasisPoints, render: (_, h) => format.percent(basisPointsRatio(h.percentBasisPoints), 2) },
    money('committedFen', t('portfolio.committed')),
    money('releasedFen', t('portfolio.released')),
    money('drawnFen', t('portfolio.drawn')),
    { ...money('impliedValueFen', t('portfolio.impliedValue')), defaultSortOrder: 'descend' as const },
  ];
  return (
    <Table<Holding>
      rowKey="organisationId"
      size="small"
      columns={columns}
      dataSource={[...holdings]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('portfolio.empty') }}
      data-testid="holdings-table"
    />
  );
}
