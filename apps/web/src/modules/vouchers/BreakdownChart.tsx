import { Column } from '@ant-design/plots';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { chartRows, type BreakdownLike } from './programme-model';

/** Committed vs redeemed per organisation kind or industry, labels in the reader's language. */
export function BreakdownChart({ breakdown, dimension }: { breakdown: readonly BreakdownLike[]; dimension: 'KIND' | 'INDUSTRY' }) {
  const { t } = useTranslation();
  const enumName = dimension === 'KIND' ? 'OrganisationKind' : 'Industry';
  const data = chartRows(breakdown, dimension, (key) => t(`enums.${enumName}.${key}`, { defaultValue: key }), {
    committed: t('vouchers.figures.committed'),
    redeemed: t('vouchers.figures.redeemed'),
  });
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('vouchers.figures.noBreakdown')} />;
  return (
    <Column
      data={data}
      xField="key"
      yField="yuan"
      colorField="measure"
      group
      height={220}
      autoFit
      axis={{ y: { title: false }, x: { title: false, labelAutoRotate: true } }}
    />
  );
}
