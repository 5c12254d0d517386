import { highlight, likePattern, queryTerms, slugFrom, snippetOf } from '../kb-rules.js';

describe('knowledge-base rules', () => {
  it('cuts Chinese into overlapping bigrams and keeps Latin words, without stop words', () => {
    expect(queryTerms('算力券申请')).toEqual(['算力', '力券', '券申', '申请']);
    expect(queryTerms('请问怎么申请 Ascend 910B 的 to')).toEqual(['问怎', '么申', '申请', 'ascend', '910b']);
    expect(queryTerms('税')).toEqual(['税']);
  });

  it('escapes LIKE wildcards typed by the reader', () => {
    expect(likePattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('marks every character a term covers, overlapping bigrams merged into one part', () => {
    expect(highlight('成都算力券申请指南', ['算力', '力券'])).toEqual([
      { text: '成都', match: false },
      { text: '算力券', match: true },
      { text: '申请指南', match: false },
    ]);
    expect(highlight('Compute Voucher', ['voucher'])).toEqual([
      { text: 'Compute ', match: false },
      { text: 'Voucher', match: true },
    ]);
  });

  it('centres the snippet on the first match and marks where it was cut', () => {
    const body = `${'甲'.repeat(100)}算力券${'乙'.repeat(100)}`;
    const parts = snippetOf(body, '算力券', 10);
    expect(parts.map((p) => p.text).join('')).toBe(`…${'甲'.repeat(10)}算力券${'乙'.repeat(10)}…`);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['算力券']);
  });

  it('derives a slug from an English title, empty when nothing Latin is left', () => {
    expect(slugFrom('Apply for a Chengdu compute voucher!')).toBe('apply-for-a-chengdu-compute-voucher');
    expect(slugFrom('算力券')).toBe('');
  });
});
