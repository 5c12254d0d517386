import { fieldRules, requires } from '../common/access/field-access/field-rule.js';
import { CAP_TABLE_FIELD_RULES } from './cap-tables/cap-tables.field-rules.js';

/**
 * Term sheets are read with EQUITY_READ; the root fields confine a founder to their organisation's
 * sheets, so every object below one is already the caller's to see.
 */
export const EQUITY_FIELD_RULES = [
  fieldRules('TermSheet', { '*': requires('EQUITY_READ') }),
  fieldRules('TermSheetVersion', { '*': requires('EQUITY_READ') }),
  fieldRules('TermSheetTerms', { '*': requires('EQUITY_READ') }),
  fieldRules('Tranche', { '*': requires('EQUITY_READ') }),
  fieldRules('TrancheRelease', { '*': requires('EQUITY_READ') }),
  fieldRules('BuyBack', { '*': requires('EQUITY_READ') }),
  fieldRules('DerivedEquity', { '*': requires('EQUITY_READ') }),
  fieldRules('TermSheetAcceptance', { '*': requires('EQUITY_READ') }),
  fieldRules('TermsChange', { '*': requires('EQUITY_READ') }),
  fieldRules('CreditLine', { '*': requires('EQUITY_READ') }),
  fieldRules('CreditTranche', { '*': requires('EQUITY_READ') }),
  fieldRules('CreditDraw', { '*': requires('EQUITY_READ') }),
  ...CAP_TABLE_FIELD_RULES,
  fieldRules('TermSheetProposer', { '*': requires('EQUITY_READ') }),
  // The portfolio's root field refuses everyone but the centre's staff and centre-wide tokens.
  fieldRules('Portfolio', { '*': requires('EQUITY_READ') }),
  fieldRules('PortfolioFigures', { '*': requires('EQUITY_READ') }),
  fieldRules('PortfolioHolding', { '*': requires('EQUITY_READ') }),
  fieldRules('PortfolioUsageMonth', { '*': requires('EQUITY_READ') }),
  fieldRules('PortfolioIndustryRow', { '*': requires('EQUITY_READ') }),
  fieldRules('PortfolioStageRow', { '*': requires('EQUITY_READ') }),
];
