import { useTranslation } from 'react-i18next';
import type { PortfolioFigureFieldsFragment } from '../../gql/graphql';
import { GroupedColumnChart } from '../../shared/ui/GroupedColumnChart';
import { breakdownChartRows } from './portfolio-model';

/** Committed, drawn and implied value per industry or per stage, labels in the reader's language. */
export function BreakdownChart({ rows, enumName }: { rows: readonly { key: string; figures: PortfolioFigureFieldsFragment }[]; enumName: 'Industry' | 'ProjectStage' }) {
  const { t } = useTranslation();
  const data = breakdownChartRows(rows, (key) => t(`enums.${enumName}.${key}`, { defaultValue: key }), (measure) => t(`portfolio.measure.${measure}`));
  return <GroupedColumnChart data={data} emptyText={t('portfolio.empty')} yTitle={t('portfolio.yuan')} height={240} />;
}
