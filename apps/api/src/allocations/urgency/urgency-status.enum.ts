import { registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../common/graphql/domain-enums.js';
import { URGENCY_STATUSES } from './urgency-status.js';

export const UrgencyStatusEnum = enumOf(URGENCY_STATUSES);

registerEnumType(UrgencyStatusEnum, {
  name: 'UrgencyStatus',
  description:
    'For a request that asked for URGENT: STAFF and BUDGET (within the organisation’s urgent card-hours) take effect at once; ' +
    'AWAITING_APPROVAL is scheduled at STANDARD until a manager approves (APPROVED) or declines (DECLINED).',
});
