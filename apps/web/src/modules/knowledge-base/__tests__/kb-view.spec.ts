import { describe, expect, it } from '@jest/globals';
import { isWorthSuggesting, kbLanguageOf, paragraphsOf, textIn } from '../kb-view';

describe('knowledge-base view logic', () => {
  const content = { titleZh: '算力券申请', titleEn: 'Compute vouchers', bodyZh: '中文正文', bodyEn: 'English body' };

  it('shows the reader’s language and falls back to Chinese where the English is empty', () => {
    expect(textIn(content, 'en')).toEqual({ title: 'Compute vouchers', body: 'English body' });
    expect(textIn(content, 'zh-CN')).toEqual({ title: '算力券申请', body: '中文正文' });
    expect(textIn({ ...content, titleEn: ' ', bodyEn: '' }, 'en')).toEqual({ title: '算力券申请', body: '中文正文' });
    expect(kbLanguageOf('en')).toBe('EN');
    expect(kbLanguageOf('zh-CN')).toBe('ZH');
  });

  it('splits a plain-text body into paragraphs at blank lines only', () => {
    expect(paragraphsOf('第一段\n仍是第一段\r\n\r\n  第二段  \n\n\n')).toEqual(['第一段\n仍是第一段', '第二段']);
  });

  it('suggests once two characters are typed, counting a Chinese character as one', () => {
    expect(isWorthSuggesting(' 税 ')).toBe(false);
    expect(isWorthSuggesting('税务')).toBe(true);
  });
});
