import { describe, expect, it } from '@jest/globals';
import {
  basisPointsText, buyBackableIssuances, buyBackPreviewFen, groupedShares, historyPrice, ownershipSlices, priceText, sharesText, unissuedSharesOf, yuanPriceToFenText,
} from '../cap-table-model';

describe('prices per share', () => {
  it('turns typed yuan into exact fen text, decimals and fractions alike', () => {
    expect(yuanPriceToFenText('2.571429')).toBe('257.1429');
    expect(yuanPriceToFenText('2.5')).toBe('250');
    expect(yuanPriceToFenText('0.0001')).toBe('0.01');
    expect(yuanPriceToFenText('１２．３４')).toBe('1234');
    expect(yuanPriceToFenText('18000000/7000000')).toBe('1800000000/7000000');
    expect(yuanPriceToFenText('0')).toBe('0');
    for (const bad of ['', '-1', '1/0', 'abc', '1.2.3', '1e3']) expect({ bad, fen: yuanPriceToFenText(bad) }).toEqual({ bad, fen: null });
  });

  it('shows the API’s exact price as yuan with six decimals, rounded half up', () => {
    expect(priceText('1800/7')).toBe('¥2.571429');
    expect(priceText('1')).toBe('¥0.010000');
    expect(priceText(null)).toBe('—');
    expect(priceText('1/0')).toBe('—');
  });

  it('prices a buy-back as the domain does: shares × price × (1 + premium), rounded once', () => {
    const line = { pricePerShareFen: '1800/7', buyBackPremiumBasisPoints: 800, sharesIssued: '100', sharesBoughtBack: '0' };
    expect(buyBackPreviewFen('10000', line)).toBe('2777143');
    expect(buyBackPreviewFen(null, line)).toBeNull();
    expect(buyBackPreviewFen('1', { ...line, buyBackPremiumBasisPoints: null })).toBeNull();
  });
});

describe('shares and percentages', () => {
  it('reads typed share counts and groups them exactly', () => {
    expect(sharesText('1,000,000')).toBe('1000000');
    expect(sharesText('１２')).toBe('12');
    expect(sharesText('0')).toBeNull();
    expect(sharesText('1.5')).toBeNull();
    expect(groupedShares('12345678901234', 'en')).toBe('12,345,678,901,234');
    expect(basisPointsText(1429, 'en')).toBe('14.29%');
  });

  it('folds the long tail of holders into one slice and leaves out holders with nothing', () => {
    const holders = [5000, 2000, 1000, 800, 600, 300, 200, 100, 0].map((bp, i) => ({ name: `h${i}`, outstandingBasisPoints: bp }));
    const slices = ownershipSlices(holders, 'others', 'en');
    expect(slices.map((s) => [s.name, s.basisPoints])).toEqual([['h0', 5000], ['h1', 2000], ['h2', 1000], ['h3', 800], ['h4', 600], ['others', 600]]);
    expect(slices.reduce((total, s) => total + s.basisPoints, 0)).toBe(10000);
    expect(ownershipSlices(holders.slice(0, 3), 'others', 'en').map((s) => s.name)).toEqual(['h0', 'h1', 'h2']);
  });

  it('shows the centre’s unissued tranche shares as the difference of its two counts, and nothing for others', () => {
    expect(unissuedSharesOf({ shares: '194445', fullyDilutedShares: '388889' })).toBe(194444n);
    expect(unissuedSharesOf({ shares: '4000000', fullyDilutedShares: '4000000' })).toBe(0n);
  });

  it('labels a history price as per share for an issuance and as the total for a buy-back', () => {
    const fen = (value: string) => `fen ${value}`;
    expect(historyPrice({ kind: 'ISSUANCE', pricePerShareFen: '1800/7', priceFen: null }, fen)).toEqual({ label: 'perShare', amount: '¥2.571429' });
    expect(historyPrice({ kind: 'BUY_BACK', pricePerShareFen: null, priceFen: '2777143' }, fen)).toEqual({ label: 'total', amount: 'fen 2777143' });
    expect(historyPrice({ kind: 'BUY_BACK', pricePerShareFen: null, priceFen: null }, fen)).toBeNull();
  });

  it('offers the MANUAL issuances with shares left for a buy-back', () => {
    const history = [
      { id: 'b1', kind: 'BUY_BACK', source: 'MANUAL', shares: '40', issuanceId: 'i1' },
      { id: 'i1', kind: 'ISSUANCE', source: 'MANUAL', shares: '100', issuanceId: null },
      { id: 'i2', kind: 'ISSUANCE', source: 'MANUAL', shares: '50', issuanceId: null },
      { id: 'b2', kind: 'BUY_BACK', source: 'MANUAL', shares: '50', issuanceId: 'i2' },
      { id: 't1', kind: 'ISSUANCE', source: 'TRANCHE', shares: '10', issuanceId: null },
    ];
    expect(buyBackableIssuances(history).map(({ event, left }) => [event.id, left])).toEqual([['i1', 60n]]);
  });
});
