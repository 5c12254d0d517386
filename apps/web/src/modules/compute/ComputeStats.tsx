import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridSummary } from './cluster-grid-model';
import { useLocale } from '../../shared/i18n/use-locale';
import { formatNumber } from '../../shared/format/format';

interface Utilisation {
  busyCards: number;
  totalCards: number;
  healthyCards: number;
  queuedRequests: number;
  utilisation: number;
}

/** The cluster's headline numbers and one line per card type. */
export function ComputeStats({ u, summary }: { u: Utilisation; summary: GridSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // "1,200 / 1,264": both numbers grouped alike, the slash spaced on both sides.
  // A no-break space: the suffix is a flex item, where a leading plain space would be dropped.
  const ofTotal = `\u00a0/ ${formatNumber(u.totalCards, locale, 0)}`;
  return (
    <Card className="compute-stats" style={{ marginBottom: 16 }} data-testid="compute-stats">
      <Row gutter={[24, 12]}>
        <Col xs={12} md={6}>
          <Statistic title={t('compute.busyCards')} value={u.busyCards} suffix={ofTotal} styles={{ content: { fontVariantNumeric: 'tabular-nums' } }} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic
            title={t('compute.utilisation')}
            value={Math.round(u.utilisation * 1000) / 10}
            precision={1}
            suffix="%"
            styles={{ content: { color: u.utilisation >= 0.95 ? '#cf1322' : u.utilisation >= 0.8 ? '#d46b08' : '#389e0d' } }}
            data-testid="compute-utilisation"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('compute.healthyCards')} value={u.healthyCards} suffix={ofTotal} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('compute.queuedRequests')} value={u.queuedRequests} />
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
        {summary.byType
          .map((f) => t('compute.typeLine', { cardType: f.cardType, busy: f.busy, total: f.total, free: f.free, drained: f.drained + f.failed }))
          .join(' · ')}
      </Typography.Text>
    </Card>
  );
}
