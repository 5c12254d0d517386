import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SlaState, TicketPriority, TicketStatus } from '../../gql/graphql';

const STATUS_COLORS: Record<TicketStatus, string> = {
  NEW: 'blue', OPEN: 'processing', WAITING_FOR_CUSTOMER: 'gold', RESOLVED: 'success', CLOSED: 'default',
};
const PRIORITY_COLORS: Record<TicketPriority, string> = { LOW: 'default', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };
const SLA_COLORS: Record<SlaState, string> = { OK: 'success', WARNING: 'warning', BREACHED: 'error', PAUSED: 'default', MET: 'cyan' };

export function TicketStatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]} data-testid="ticket-status">{t(`enums.TicketStatus.${status}`)}</Tag>;
}

export function TicketPriorityTag({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return <Tag color={PRIORITY_COLORS[priority]}>{t(`enums.TicketPriority.${priority}`)}</Tag>;
}

export function SlaStateTag({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <Tag color={SLA_COLORS[state]} data-testid={`sla-state-${state}`}>{t(`enums.SlaState.${state}`)}</Tag>;
}

/** Business time as "3 h 20 min" (or "45 min over" once past): what the SLA counts, not wall-clock time. */
export function businessTime(minutes: number, t: TFunction): string {
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  const time = hours ? t('consulting.hoursMinutes', { hours, minutes: rest }) : t('consulting.minutes', { minutes: rest });
  // Past the deadline: "25 h 0 min over", not a minus sign people misread as time still left.
  return minutes < 0 ? t('consulting.overBy', { time }) : time;
}

/** The running target that breaches first, for the queue's countdown; null when none runs. */
export function nextTarget<T extends { state: SlaState; minutesLeft: number; metAt?: unknown }>(targets: readonly T[]): T | null {
  // A target kept after its deadline is BREACHED but no longer running.
  const running = targets.filter((target) => !target.metAt && target.state !== 'MET' && target.state !== 'PAUSED');
  return running.reduce<T | null>((best, target) => (!best || target.minutesLeft < best.minutesLeft ? target : best), null);
}
