import { useTranslation } from 'react-i18next';
import { GroupedColumnChart } from '../../shared/ui/GroupedColumnChart';
import { chartRows, type BreakdownLike } from './programme-model';

/** Committed vs redeemed per organisation kind or industry, labels in the reader's language. */
export function BreakdownChart({ breakdown, dimension }: { breakdown: readonly BreakdownLike[]; dimension: 'KIND' | 'INDUSTRY' }) {
  const { t } = useTranslation();
  const enumName = dimension === 'KIND' ? 'OrganisationKind' : 'Industry';
  const data = chartRows(breakdown, dimension, (key) => t(`enums.${enumName}.${key}`, { defaultValue: key }), {
    committed: t('vouchers.figures.committed'),
    redeemed: t('vouchers.figures.redeemed'),
  });
  return <GroupedColumnChart data={data} emptyText={t('vouchers.figures.noBreakdown')} />;
}
