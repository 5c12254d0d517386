import { describe, expect, it } from '@jest/globals';
import { budgetFenOf, formFieldOf, isCardCount, toApplyInput } from '../apply-input';

describe('the apply form’s input', () => {
  it('sends the platform, card need and budget in fen, and leaves out what was not typed', () => {
    expect(
      toApplyInput({
        name: ' 边缘推理 ',
        summary: ' 迁移 ',
        cooperationModes: ['RENTAL'],
        sourcePlatform: ' NVIDIA A100 / CUDA 12 ',
        cardType: 'ascend-910b',
        cardCountEstimate: 16,
        budgetCny: '200,000.5',
      }),
    ).toEqual({
      name: '边缘推理',
      summary: '迁移',
      cooperationModes: ['RENTAL'],
      sourcePlatform: 'NVIDIA A100 / CUDA 12',
      cardType: 'ascend-910b',
      cardCountEstimate: 16,
      budgetFen: '20000050',
    });
    expect(toApplyInput({ name: 'a', summary: 'b', cooperationModes: ['RENTAL'], sourcePlatform: '  ', budgetCny: '' })).toEqual({
      name: 'a',
      summary: 'b',
      cooperationModes: ['RENTAL'],
    });
  });

  it('reads CNY exactly and refuses what is not an amount', () => {
    expect(budgetFenOf('0.1')).toBe('10');
    expect(budgetFenOf('12.345')).toBeUndefined();
    expect(budgetFenOf('-5')).toBeUndefined();
    expect(budgetFenOf('abc')).toBeUndefined();
    expect(budgetFenOf('  ')).toBeNull();
  });

  it('checks the card count range and maps the API’s budgetFen to the CNY field', () => {
    expect([isCardCount(1), isCardCount(10_000), isCardCount(0), isCardCount(10_001), isCardCount(1.5)]).toEqual([true, true, false, false, false]);
    expect(formFieldOf('budgetFen')).toBe('budgetCny');
    expect(formFieldOf('cardType')).toBe('cardType');
    expect(formFieldOf('organisationId')).toBeUndefined();
  });
});
