import { describe, expect, it } from '@jest/globals';
import { applyFieldOf, toApplyVoucherInput } from '../apply-voucher-model';

describe('toApplyVoucherInput', () => {
  it('sends the amount in fen, exactly', () => {
    expect(toApplyVoucherInput({ programmeId: 'p', amount: '12,345.67', purpose: ' training ', projectId: undefined })).toEqual({
      programmeId: 'p',
      amountFen: '1234567',
      purpose: 'training',
      projectId: null,
    });
  });
  it('is null without a programme or a positive amount', () => {
    expect(toApplyVoucherInput({ amount: '100' })).toBeNull();
    expect(toApplyVoucherInput({ programmeId: 'p', amount: '0' })).toBeNull();
    expect(toApplyVoucherInput({ programmeId: 'p', amount: '1.001' })).toBeNull();
  });
  it('shows amountFen errors on the amount field', () => {
    expect(applyFieldOf('amountFen')).toBe('amount');
    expect(applyFieldOf('purpose')).toBe('purpose');
  });
});
