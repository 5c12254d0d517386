import { fieldRules, requires } from '../../common/access/field-access/field-rule.js';

/**
 * Cap tables are read with EQUITY_READ; capTable confines a founder to their own organisation
 * (another's reads as null), so every object below one is already the caller's to see.
 */
export const CAP_TABLE_FIELD_RULES = ['CapTable', 'CapShareClass', 'CapClassHolding', 'CapStakeholder', 'CapTableEvent', 'CapCreditLineSummary', 'CapTableListing'].map((type) =>
  fieldRules(type, { '*': requires('EQUITY_READ') }),
);
