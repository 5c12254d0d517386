import { describe, expect, it } from '@jest/globals';
import { fakeT } from '../../../shared/testing/fake-t';
import { describeAuditDetails } from '../audit-details';

const EN: Record<string, string> = {
  'common.detailSeparator': ': ',
  'common.none': 'None',
  'audit.detailKeys.email': 'Email',
  'audit.detailKeys.fromRole': 'Role before',
  'audit.detailKeys.toRole': 'New role',
  'audit.detailKeys.expiresAt': 'Expires',
  'audit.detailKeys.scopes': 'Scopes',
  'audit.reasons.EXPIRED_REPLACED': 'replaced an expired invitation',
  'audit.detailKeys.reason': 'Reason',
  'enums.Role.MANAGER': 'Incubation manager',
  'enums.Role.FOUNDER': 'Founder',
};
const t = fakeT(EN);

describe('audit details in the reader’s words', () => {
  it('translates keys and role codes and leaves out internal ids', () => {
    const json = JSON.stringify({ email: 'li@x.cn', fromRole: 'MANAGER', fromOrganisationId: 'o1', toRole: 'FOUNDER', toOrganisationId: 'o2' });
    expect(describeAuditDetails(json, t, 'en')).toBe('Email: li@x.cn · Role before: Incubation manager · New role: Founder');
  });

  it('shows times in China time and reasons as words', () => {
    expect(describeAuditDetails(JSON.stringify({ expiresAt: '2026-11-25T14:38:00.000Z' }), t, 'en')).toBe('Expires: 2026-11-25 22:38 China time (UTC+8)');
    expect(describeAuditDetails(JSON.stringify({ reason: 'EXPIRED_REPLACED' }), t, 'en')).toBe('Reason: replaced an expired invitation');
    expect(describeAuditDetails(JSON.stringify({ scopes: ['telemetry', 'read:projects'] }), t, 'en')).toBe('Scopes: telemetry, read:projects');
  });

  it('keeps text it cannot read as it is', () => {
    expect(describeAuditDetails('not json', t, 'en')).toBe('not json');
  });
});
