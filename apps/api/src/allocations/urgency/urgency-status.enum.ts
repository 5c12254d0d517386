import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { URGENCY_STATUSES } from './urgency-status.js';

export const UrgencyStatusEnum = enumOf(URGENCY_STATUSES);

registerDescribedEnum(
  UrgencyStatusEnum,
  'UrgencyStatus',
  'For a request that asked for URGENT: STAFF and BUDGET (within the organisation’s urgent card-hours) take effect at once; ' +
    'AWAITING_APPROVAL is scheduled at STANDARD until a manager approves (APPROVED) or declines (DECLINED).',
  {
    STAFF: 'Asked for by staff: URGENT at once.',
    BUDGET: 'Within the organisation’s urgent card-hours this month: URGENT at once.',
    AWAITING_APPROVAL: 'Over the budget: scheduled at STANDARD until a manager decides.',
    APPROVED: 'A manager approved it: URGENT.',
    DECLINED: 'A manager declined it: STANDARD.',
  },
);
