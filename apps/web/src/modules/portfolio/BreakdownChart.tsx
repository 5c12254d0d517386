import { Column } from '@ant-design/plots';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortfolioFigureFieldsFragment } from '../../gql/graphql';
import { breakdownChartRows } from './portfolio-model';

/** Committed, drawn and implied value per industry or per stage, labels in the reader's language. */
export function BreakdownChart({ rows, enumName }: { rows: readonly { key: string; figures: PortfolioFigureFieldsFragment }[]; enumName: 'Industry' | 'ProjectStage' }) {
  const { t } = useTranslation();
  const data = breakdownChartRows(rows, (key) => t(`enums.${enumName}.${key}`, { defaultValue: key }), (measure) => t(`portfolio.measure.${measure}`));
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portfolio.empty')} />;
  return (
    <Column
      data={data}
      xField="key"
      yField="yuan"
      colorField="measure"
      group
      height={240}
      autoFit
      axis={{ y: { title: t('portfolio.yuan') }, x: { title: false, labelAutoRotate: true } }}
    />
  );
}
