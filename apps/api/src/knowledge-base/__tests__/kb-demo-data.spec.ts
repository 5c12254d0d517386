import { TICKET_CATEGORIES } from '@suanli/domain';
import { KB_BODY_MAX, KB_SLUG, KB_TITLE_MAX } from '../kb-rules.js';
import { DEMO_KB_ARTICLES } from '../seed/kb-demo.data.js';

describe('the demo knowledge base', () => {
  it('has twenty publishable articles: both languages, valid unique slugs, every category but OTHER twice or more', () => {
    expect(DEMO_KB_ARTICLES).toHaveLength(20);
    expect(new Set(DEMO_KB_ARTICLES.map((a) => a.slug)).size).toBe(20);
    for (const a of DEMO_KB_ARTICLES) {
      expect(a.slug).toMatch(KB_SLUG);
      for (const text of [a.titleZh, a.titleEn, a.bodyZh, a.bodyEn]) expect(text.trim()).not.toBe('');
      expect(Math.max(a.titleZh.length, a.titleEn.length)).toBeLessThanOrEqual(KB_TITLE_MAX);
      expect(Math.max(a.bodyZh.length, a.bodyEn.length)).toBeLessThanOrEqual(KB_BODY_MAX);
      // The seed's first article drops its last paragraph for version 1: each needs two at least.
      expect(a.bodyZh.split('\n\n').length).toBeGreaterThanOrEqual(2);
    }
    for (const category of TICKET_CATEGORIES.filter((c) => c !== 'OTHER')) {
      expect(DEMO_KB_ARTICLES.filter((a) => a.category === category).length).toBeGreaterThanOrEqual(2);
    }
  });
});
