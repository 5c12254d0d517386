import { describe, expect, it } from '@jest/globals';
import { splitNameErrors } from '../use-cluster-admin';
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
    expect(splitNameErrors(errors, (e) => e.code)).toEqual({ name: ['DUPLICATE_NAME'], other: ['NOT_FOUND', 'VALIDATION_FAILED'] });
  });
});
