import { describe, expect, it } from '@jest/globals';
import { balancePercent, lastValidInstant } from '../money-input';
import { basisPointsToPercent, fenToYuan, yuanToFen } from '../../../shared/lib/money';
import { formatDate } from '../../../shared/format/format';
import { fileNameFrom } from '../../../shared/lib/download';
import { appendPage, payersOf } from '../invoice-payers';

describe('yuanToFen', () => {
  it('converts typed yuan to fen exactly', () => {
    expect(yuanToFen('1234.56')).toBe('123456');
    expect(yuanToFen('1,234.5')).toBe('123450');
    expect(yuanToFen('¥ 50')).toBe('5000');
    expect(yuanToFen('１２３４．５')).toBe('123450');
    expect(yuanToFen('0.1')).toBe('10');
    expect(yuanToFen('999999999999999.99')).toBe('99999999999999999');
  });
  it('refuses what is not an amount', () => {
    expect(yuanToFen('')).toBeNull();
    expect(yuanToFen(undefined)).toBeNull();
    expect(yuanToFen('1.234')).toBeNull();
    expect(yuanToFen('abc')).toBeNull();
    expect(yuanToFen('1e3')).toBeNull();
  });
});

describe('fenToYuan', () => {
  it('formats fen as plain yuan', () => {
    expect(fenToYuan('123456')).toBe('1234.56');
    expect(fenToYuan('5')).toBe('0.05');
    expect(fenToYuan('100000000000')).toBe('1000000000.00');
    expect(fenToYuan(null)).toBe('');
  });
  it('round-trips', () => {
    for (const fen of ['0', '1', '99', '100', '123456789012345']) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});

describe('balancePercent', () => {
  it('is the unspent share, clamped', () => {
    expect(balancePercent('5000', '10000')).toBe(50);
    expect(balancePercent('1', '3')).toBe(33.3);
    expect(balancePercent('0', '0')).toBe(0);
    expect(basisPointsToPercent(5000)).toBe(50);
  });
});

describe('fileNameFrom', () => {
  it('reads Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="SL-2026-000001.pdf"', 'x.pdf')).toBe('SL-2026-000001.pdf');
    expect(fileNameFrom("attachment; filename*=UTF-8''%E8%B4%A6%E5%8D%95.pdf", 'x.pdf')).toBe('账单.pdf');
    expect(fileNameFrom(null, 'x.pdf')).toBe('x.pdf');
  });
});



describe('payersOf', () => {
  it('lists the payers with a share', () => {
    expect(payersOf({ freeFen: '0', voucherFen: '3456', equityFen: '0', cashFen: '3456' })).toEqual([
      { payer: 'voucher', fen: '3456' },
      { payer: 'me', fen: '3456' },
    ]);
    expect(payersOf({ freeFen: '100', voucherFen: '0', equityFen: '0', cashFen: '0' })).toEqual([{ payer: 'free', fen: '100' }]);
  });
  it('appends a page', () => {
    expect(appendPage({ edges: [1], n: 1 }, { edges: [2], n: 2 })).toEqual({ edges: [1, 2], n: 2 });
  });
});

describe('lastValidInstant', () => {
  it('shows the last day an exclusive end covers, in China time', () => {
    // 2027-12-02 00:00 in Shanghai is the end: the voucher is good through 2027-12-01.
    expect(formatDate(lastValidInstant('2027-12-01T16:00:00.000Z'))).toBe('2027-12-01');
    expect(formatDate(lastValidInstant('2027-12-01T16:00:00.001Z'))).toBe('2027-12-02');
  });
});
