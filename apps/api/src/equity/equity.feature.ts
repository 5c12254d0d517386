import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { CAP_TABLE_ENTITIES } from './cap-tables/entities/cap-table.entities.js';
import { CREDIT_LINE_ENTITIES } from './credit-lines/entities/credit-line.entities.js';
import { EQUITY_ENTITIES } from './entities/term-sheet.entity.js';
import { EQUITY_FIELD_RULES } from './equity.field-rules.js';
import { EquityModule } from './equity.module.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Compute for equity (算力换股权): term sheets of a startup's project negotiated in immutable
 * versions and signed when both sides accept the same one. The maths is libs/domain/src/equity.
 */
export const equityFeature = defineFeature({
  name: 'equity',
  module: EquityModule,
  entities: [...EQUITY_ENTITIES, ...CAP_TABLE_ENTITIES, ...CREDIT_LINE_ENTITIES],
  migrations: MIGRATIONS,
  fieldRules: EQUITY_FIELD_RULES,
  errorCodes: [
    UserErrorCode.VALUATION_NOT_POSITIVE,
    UserErrorCode.CREDIT_EXCEEDS_VALUATION,
    UserErrorCode.TRANCHES_NOT_100_PERCENT,
    UserErrorCode.INVALID_TERMS,
    UserErrorCode.STALE_VERSION,
    UserErrorCode.TERM_SHEET_CLOSED,
    UserErrorCode.SIGNING_SUPERSEDED_VERSION,
    UserErrorCode.INVALID_SHARES,
    UserErrorCode.INVALID_SHARE_PRICE,
    UserErrorCode.EXCEEDS_AUTHORISED_SHARES,
    UserErrorCode.BUY_BACK_EXCEEDS_HOLDING,
    UserErrorCode.BUY_BACK_WINDOW_CLOSED,
    UserErrorCode.NO_BUY_BACK_OPTION,
  ],
  permissions: ['EQUITY_READ', 'EQUITY_NEGOTIATE', 'CAP_TABLE_WRITE'],
});
