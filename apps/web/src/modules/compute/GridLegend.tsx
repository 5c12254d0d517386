import { useTranslation } from 'react-i18next';
import type { GridSummary } from './cluster-grid-model';
import { OCCUPIED_COLOUR } from './org-colours';

export function GridLegend({ summary }: { summary: GridSummary }) {
  const { t } = useTranslation();
  return (
    <div className="grid-legend" data-testid="grid-legend">
      {summary.organisations.map((organisation) => (
        <span key={organisation.id} className="grid-legend-item" data-organisation-id={organisation.id}>
          <span className="grid-card" style={{ backgroundColor: organisation.colour }} />
          {organisation.name}
          <span className="grid-legend-count">{organisation.cards}</span>
        </span>
      ))}
      {summary.anonymousCards > 0 && (
        <span className="grid-legend-item">
          <span className="grid-card" style={{ backgroundColor: OCCUPIED_COLOUR }} />
          {t('compute.occupied')}
          <span className="grid-legend-count">{summary.anonymousCards}</span>
        </span>
      )}
      <span className="grid-legend-item">
        <span className="grid-card grid-card-free" />
        {t('compute.free')}
      </span>
      <span className="grid-legend-item">
        <span className="grid-card grid-card-notice" style={{ backgroundColor: OCCUPIED_COLOUR }} />
        {t('compute.underNotice')}
        {summary.underNotice > 0 && <span className="grid-legend-count">{summary.underNotice}</span>}
      </span>
      <span className="grid-legend-item">
        <span className="grid-card grid-card-drained" />
        {t('compute.drained')}
      </span>
      <span className="grid-legend-item">
        <span className="grid-card grid-card-failed" />
        {t('compute.failed')}
      </span>
    </div>
  );
}
