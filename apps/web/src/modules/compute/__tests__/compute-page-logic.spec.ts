import { describe, expect, it } from '@jest/globals';
import { placeUserErrors } from '../../../shared/lib/user-errors';
import { fakeT } from '../../../shared/testing/fake-t';
import { tabOf } from '../use-compute-page';

describe('the compute console’s logic', () => {
  it('opens the tab the URL names, and the grid for anything else', () => {
    expect(tabOf('queue')).toBe('queue');
    expect(tabOf('organisations')).toBe('organisations');
    expect(tabOf('nonsense')).toBe('cluster');
    expect(tabOf(null)).toBe('cluster');
  });

  it('puts name errors on the name field and the rest above the form', () => {
    const errors = [
      { code: 'DUPLICATE_NAME', message: 'taken', field: ['input', 'name'] },
      { code: 'NOT_FOUND', message: 'gone', field: ['clusterId'] },
      { code: 'VALIDATION_FAILED', message: 'x', field: null },
    ];
    // The rename form has one field, `name` (useClusterAdmin places errors through useUserErrorForm).
    const placed = placeUserErrors(errors, ['name'], fakeT({ 'common.listSeparator': '; ' }), (e) => e.code);
    expect(placed).toEqual({ fields: [{ name: 'name', errors: ['DUPLICATE_NAME'] }], formError: 'NOT_FOUND; VALIDATION_FAILED' });
  });
});
