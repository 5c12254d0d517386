import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UrgentBudgetQuery } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import type { WhatIfRequest } from './what-if';

type Budget = NonNullable<UrgentBudgetQuery['urgentBudget']>;

/** Card-hours an URGENT request uses from the budget: cards × requested hours. */
export function requestCardHours(request: Pick<WhatIfRequest, 'cards' | 'durationS'>): number {
  return (request.cards * request.durationS) / 3600;
}

/** Whether an URGENT request would be scheduled as URGENT at once (the server decides; this previews it). */
export function urgencyTakesEffect(request: WhatIfRequest, staff: boolean, budget: Budget | null): boolean {
  if (staff) return true;
  return !!budget && requestCardHours(request) <= budget.remainingCardHours;
}

/** Under the priority choice: an URGENT request needs a manager's approval unless it fits the month's urgent budget. */
export function UrgencyNotice({ request, staff, budget }: { request: WhatIfRequest | null; staff: boolean; budget: Budget | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (staff) return <Alert type="info" showIcon title={t('urgency.staffEffective')} style={{ marginBottom: 16 }} data-testid="urgency-notice" data-effective="true" />;
  const remaining = format.number(budget?.remainingCardHours ?? 0);
  const total = format.number(budget?.cardHoursPerMonth ?? 0);
  if (!request) {
    return <Alert type="info" showIcon title={t('urgency.needsApprovalOrBudget', { remaining, total })} style={{ marginBottom: 16 }} data-testid="urgency-notice" />;
  }
  const effective = urgencyTakesEffect(request, staff, budget);
  const params = { remaining, total, cardHours: format.number(requestCardHours(request)) };
  return (
    <Alert
      type={effective ? 'success' : 'warning'}
      showIcon
      title={t(effective ? 'urgency.withinBudget' : 'urgency.needsApproval', params)}
      description={effective ? undefined : t('urgency.needsApprovalDetail')}
      style={{ marginBottom: 16 }}
      data-testid="urgency-notice"
      data-effective={String(effective)}
    />
  );
}
