import { useQuery } from '@apollo/client/react';
import { Card, Empty, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortDateTime } from '../../shared/lib/datetime';
import { PriorityTag } from './allocation-tags';
import { AllocationQueueQuery } from './compute.operations';
import { useOrganisationColours } from './org-colours';
import { describeWait } from './wait-reason';
import { useLocale } from '../../shared/i18n/use-locale';

/** The next requests of one card type: where a weight or quota change shows at once. */
export function QueueHead({ clusterId, cardTypes }: { clusterId: string; cardTypes: readonly string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const colourOf = useOrganisationColours();
  const [cardType, setCardType] = useState<string | undefined>(cardTypes[cardTypes.length - 1]);
  const selected = cardType && cardTypes.includes(cardType) ? cardType : cardTypes[0];
  const { data } = useQuery(AllocationQueueQuery, {
    variables: { clusterId, cardType: selected, first: 12, locale: locale },
    pollInterval: 5000,
    skip: !selected,
  });
  const rows = data?.allocationQueue ?? [];
  return (
    <Card
      title={t('compute.queueHead')}
      extra={<Segmented<string> size="small" value={selected} onChange={setCardType} options={cardTypes.map((type) => ({ value: type, label: type }))} />}
      data-testid="queue-head"
    >
      {rows.length === 0 ? (
        <Empty description={t('compute.queueEmpty')} />
      ) : (
        <ol className="plain-list">
          {rows.map((row) => (
            <li key={row.id} className="allocation-item" data-testid="queue-head-item">
              <div className="allocation-item-head">
                <span>
                  <span className="numeric" style={{ display: 'inline-block', minWidth: 24 }}>
                    {row.queuePosition}.
                  </span>
                  <span className="grid-card" style={{ backgroundColor: colourOf(row.organisation.id), marginRight: 6 }} />
                  <Typography.Text strong>{row.organisation.name}</Typography.Text>
                </span>
                <span>
                  <span className="numeric">{t('compute.cardsCount', { count: row.cards })}</span> <PriorityTag priority={row.priority} />
                </span>
              </div>
              <div className="allocation-item-meta">
                <span>{t('compute.estimatedStartShort', { time: row.estimatedStartAt ? formatShortDateTime(row.estimatedStartAt) : t('compute.neverFits') })}</span>
                <span>{row.waitReason ? describeWait(row.waitReason, t, true) : null}</span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
