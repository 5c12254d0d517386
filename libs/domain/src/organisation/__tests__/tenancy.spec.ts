import { ORGANISATION_KINDS } from '../organisation-kind.js';
import { isTenantKind } from '../tenancy.js';

describe('who is a tenant', () => {
  it('counts every kind but the centre itself as a tenant', () => {
    expect(ORGANISATION_KINDS.filter((kind) => !isTenantKind(kind))).toEqual(['CENTRE']);
  });
});
