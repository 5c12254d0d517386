import { describe, expect, it } from '@jest/globals';
import { placeUserErrors } from '../../lib/user-errors';
import { fakeT } from '../../testing/fake-t';
import { onFormFields } from '../use-user-error-form';

describe('user errors on a form whose fields are named unlike the API input', () => {
  const errors = [
    { code: 'INVALID_DURATION', message: 'too long', field: ['input', 'durationS'] },
    { code: 'VALIDATION_FAILED', message: 'bad amount', field: ['input', 'budgetFen'] },
    { code: 'NOT_FOUND', message: 'gone', field: ['input', 'clusterId'] },
  ];
  const fieldOf = (api: string | undefined) => ({ durationS: 'hours', budgetFen: 'budgetCny' })[api as 'durationS' | 'budgetFen'];

  it('renames the field of each error to the form’s, and clears it where the form has none', () => {
    expect(onFormFields(errors, fieldOf).map((e) => e.field)).toEqual([['hours'], ['budgetCny'], null]);
  });

  it('leaves the errors alone without a mapping', () => {
    expect(onFormFields(errors, undefined)).toBe(errors);
  });

  it('then places them under the renamed fields and the rest in the alert', () => {
    const placed = placeUserErrors(onFormFields(errors, fieldOf), ['hours', 'budgetCny'], fakeT({ 'common.listSeparator': '; ' }), (e) => e.code);
    expect(placed).toEqual({
      fields: [
        { name: 'hours', errors: ['INVALID_DURATION'] },
        { name: 'budgetCny', errors: ['VALIDATION_FAILED'] },
      ],
      formError: 'NOT_FOUND',
    });
  });
});
