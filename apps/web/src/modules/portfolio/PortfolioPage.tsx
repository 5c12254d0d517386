import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { BreakdownChart } from './BreakdownChart';
import { HoldingDrawer } from './HoldingDrawer';
import { HoldingsTable } from './HoldingsTable';
import { PortfolioPageQuery } from './portfolio.operations';

/** The centre's equity portfolio: headline figures, holdings, the two breakdowns, a drill-down per startup. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(PortfolioPageQuery);
  const [openId, setOpenId] = useState<string | null>(null);
  const portfolio = data?.portfolio;
  const totals = portfolio?.totals;
  const figures = [
    { key: 'committed', title: t('portfolio.committed'), value: format.fen(totals?.committedFen) },
    { key: 'released', title: t('portfolio.released'), value: format.fen(totals?.releasedFen) },
    { key: 'drawn', title: t('portfolio.drawn'), value: format.fen(totals?.drawnFen) },
    { key: 'value', title: t('portfolio.sharesValue'), value: format.fen(totals?.impliedValueFen) },
  ];
  return (
    <div data-testid="portfolio-page">
      <PageHeader
        title={t('portfolio.title')}
        subtitle={portfolio ? t('portfolio.subtitle', { count: totals!.startups, at: formatDateTime(portfolio.asOf), zone: format.timeZone }) : undefined}
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active />}
      {portfolio && (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} md={6}>
                <Card size="small" data-testid={`portfolio-${f.key}`}>
                  <Statistic title={f.title} value={f.value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title={t('portfolio.holdings')} style={{ marginBottom: 16 }}>
            <HoldingsTable holdings={portfolio.holdings} onOpen={setOpenId} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('portfolio.valueNote')}</Typography.Text>
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('portfolio.byIndustry')} data-testid="portfolio-by-industry">
                <BreakdownChart rows={portfolio.byIndustry.map((r) => ({ key: r.industry, figures: r.figures }))} enumName="Industry" />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('portfolio.byStage')} data-testid="portfolio-by-stage">
                <BreakdownChart rows={portfolio.byStage.map((r) => ({ key: r.stage, figures: r.figures }))} enumName="ProjectStage" />
              </Card>
            </Col>
          </Row>
          <HoldingDrawer holding={portfolio.holdings.find((h) => h.organisationId === openId) ?? null} onClose={() => setOpenId(null)} />
        </>
      )}
    </div>
  );
}
