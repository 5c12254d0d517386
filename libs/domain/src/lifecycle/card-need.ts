/** What an applicant expects to need: a rough card count and a budget, checked the same in API and form. */
export const CARD_NEED_MAX = 10_000;
export const CARD_TYPE_MAX_LENGTH = 40;
/** Budgets are integer fen; 10^13 fen is 100 billion CNY, far above any real application. */
export const BUDGET_FEN_MAX = 10_000_000_000_000n;

export interface CardNeed {
  cardType?: string | null;
  cardCountEstimate?: number | null;
  budgetFen?: string | null;
}

export type CardNeedProblem =
  | { field: 'cardType'; code: 'CARD_TYPE_REQUIRED' }
  | { field: 'cardCountEstimate'; code: 'CARD_COUNT_REQUIRED' | 'CARD_COUNT_OUT_OF_RANGE' }
  | { field: 'budgetFen'; code: 'BUDGET_NOT_FEN' | 'BUDGET_TOO_LARGE' };

/** Card type and count come together or not at all: a count of unknown cards plans nothing. */
export function checkCardNeed(need: CardNeed): CardNeedProblem[] {
  const problems: CardNeedProblem[] = [];
  const type = need.cardType?.trim() || null;
  const count = need.cardCountEstimate ?? null;
  if (count !== null && type === null) problems.push({ field: 'cardType', code: 'CARD_TYPE_REQUIRED' });
  if (type !== null && count === null) problems.push({ field: 'cardCountEstimate', code: 'CARD_COUNT_REQUIRED' });
  if (count !== null && (!Number.isInteger(count) || count < 1 || count > CARD_NEED_MAX)) {
    problems.push({ field: 'cardCountEstimate', code: 'CARD_COUNT_OUT_OF_RANGE' });
  }
  const budget = need.budgetFen ?? null;
  if (budget !== null) {
    if (!/^\d{1,20}$/.test(budget)) problems.push({ field: 'budgetFen', code: 'BUDGET_NOT_FEN' });
    else if (BigInt(budget) > BUDGET_FEN_MAX) problems.push({ field: 'budgetFen', code: 'BUDGET_TOO_LARGE' });
  }
  return problems;
}
