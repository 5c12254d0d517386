import { registerEnumType } from '@nestjs/graphql';
import { TRANSITION_REASON_CODES, type TransitionReasonCode } from '@suanli/domain';
import { enumOf } from '../../common/graphql/domain-enums.js';

export const TransitionReasonCodeEnum = enumOf(TRANSITION_REASON_CODES);

const DESCRIPTIONS: Record<TransitionReasonCode, string> = {
  APPLICATION_SUBMITTED: 'The founder submitted the application; `reason` is empty.',
  NOTE: 'A person moved the project; `reason` holds their own words.',
};

registerEnumType(TransitionReasonCodeEnum, {
  name: 'TransitionReasonCode',
  description: 'Why a project moved, as a code: clients render it in the reader’s language.',
  valuesMap: Object.fromEntries(TRANSITION_REASON_CODES.map((code) => [code, { description: DESCRIPTIONS[code] }])),
});
