import { checkCardNeed } from '../card-need.js';

describe('an applicant’s card need and budget', () => {
  it('accepts nothing at all, or a type with a count and a budget in fen', () => {
    expect(checkCardNeed({})).toEqual([]);
    expect(checkCardNeed({ cardType: 'ascend-910b', cardCountEstimate: 16, budgetFen: '20000000' })).toEqual([]);
  });

  it('wants type and count together', () => {
    expect(checkCardNeed({ cardCountEstimate: 8 })).toEqual([{ field: 'cardType', code: 'CARD_TYPE_REQUIRED' }]);
    expect(checkCardNeed({ cardType: 'ascend-910b' })).toEqual([{ field: 'cardCountEstimate', code: 'CARD_COUNT_REQUIRED' }]);
  });

  it('refuses counts outside 1–10,000 and budgets that are not whole fen', () => {
    expect(checkCardNeed({ cardType: 'x', cardCountEstimate: 0 })).toEqual([{ field: 'cardCountEstimate', code: 'CARD_COUNT_OUT_OF_RANGE' }]);
    expect(checkCardNeed({ cardType: 'x', cardCountEstimate: 10_001 })).toEqual([{ field: 'cardCountEstimate', code: 'CARD_COUNT_OUT_OF_RANGE' }]);
    expect(checkCardNeed({ budgetFen: '-5' })).toEqual([{ field: 'budgetFen', code: 'BUDGET_NOT_FEN' }]);
    expect(checkCardNeed({ budgetFen: '12.50' })).toEqual([{ field: 'budgetFen', code: 'BUDGET_NOT_FEN' }]);
    expect(checkCardNeed({ budgetFen: '10000000000001' })).toEqual([{ field: 'budgetFen', code: 'BUDGET_TOO_LARGE' }]);
  });
});
