import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreditLineFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { releaseWords } from './release-words';
import { TrancheStatusTag } from './TrancheStatusTag';

type Tranche = CreditLineFieldsFragment['tranches'][number];

/** The tranches in drawing order: what releases each, how much of it is drawn, the shares it issues. */
export function TrancheTable({ tranches }: { tranches: readonly Tranche[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table<Tranche>
      rowKey="trancheNo"
      size="small"
      pagination={false}
      dataSource={[...tranches]}
      scroll={{ x: 960 }}
      data-testid="tranche-table"
      columns={[
        { key: 'no', title: t('creditLines.tranche.no'), render: (_, tr) => t('creditLines.tranche.name', { no: tr.trancheNo + 1 }), width: 80 },
        { key: 'status', title: t('creditLines.tranche.status'), render: (_, tr) => <TrancheStatusTag status={tr.status} /> },
        { key: 'release', title: t('creditLines.tranche.release'), render: (_, tr) => releaseWords(tr.release, t) },
        { key: 'percent', title: t('creditLines.tranche.percent'), align: 'right', render: (_, tr) => format.percent(tr.percentBasisPoints / 10000, 2) },
        { key: 'credit', title: t('creditLines.tranche.credit'), align: 'right', render: (_, tr) => format.fen(tr.creditFen) },
        { key: 'drawn', title: t('creditLines.tranche.drawn'), align: 'right', render: (_, tr) => format.fen(tr.drawnFen) },
        { key: 'shares', title: t('creditLines.tranche.shares'), align: 'right', render: (_, tr) => format.number(Number(tr.shares), 0) },
        { key: 'releasedAt', title: t('creditLines.tranche.releasedAt'), render: (_, tr) => formatDateTime(tr.releasedAt) },
        { key: 'fullyDrawnAt', title: t('creditLines.tranche.fullyDrawnAt'), render: (_, tr) => formatDateTime(tr.fullyDrawnAt) },
      ]}
    />
  );
}
