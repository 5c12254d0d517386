import { Card, Descriptions, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultingTicketQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { businessTime, SlaStateTag } from './ticket-tags';

type Ticket = NonNullable<ConsultingTicketQuery['ticket']>;

/** Every SLA target of the ticket — deadline, business time left, state — and every escalation. */
export function SlaPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  return (
    <Card title={t('consulting.sla')} size="small" data-testid="sla-panel">
      {ticket.slaTargets.length === 0 && <Empty description={t('consulting.noSla')} />}
      {ticket.slaTargets.map((target) => (
        <Descriptions
          key={target.kind}
          size="small"
          column={1}
          title={t(`enums.SlaTargetKind.${target.kind}`)}
          extra={<SlaStateTag state={target.state} />}
          data-testid={`sla-target-${target.kind}`}
          items={[
            { key: 'target', label: t('consulting.target'), children: businessTime(target.targetMinutes, t) },
            { key: 'left', label: t('consulting.timeLeft'), children: target.metAt ? '—' : businessTime(target.minutesLeft, t) },
            { key: 'deadline', label: t('consulting.deadline'), children: target.metAt ? formatDateTime(target.metAt) : target.deadline ? formatDateTime(target.deadline) : t('consulting.paused') },
            { key: 'warning', label: t('consulting.warningAt'), children: target.warningAt ? formatDateTime(target.warningAt) : '—' },
          ]}
          style={{ marginBottom: 12 }}
        />
      ))}
      {ticket.escalations.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('consulting.escalations')}</Typography.Text>}
          dataSource={ticket.escalations}
          data-testid="escalations"
          renderItem={(e) => (
            <List.Item>
              {t(e.priorityBefore === e.priorityAfter ? 'consulting.escalationAtTop' : 'consulting.escalation', {
                at: formatDateTime(e.at), kind: t(`enums.SlaTargetKind.${e.kind}`), from: t(`enums.TicketPriority.${e.priorityBefore}`),
                to: t(`enums.TicketPriority.${e.priorityAfter}`), count: e.notifiedCount,
              })}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
