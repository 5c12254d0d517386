/** Limits and pure helpers of the knowledge base: lengths, slugs, and highlighted snippets. */

export const KB_TITLE_MAX = 200;
export const KB_BODY_MAX = 20_000;
export const KB_SLUG_MAX = 80;
export const KB_QUERY_MAX = 200;
export const KB_SUGGEST_TEXT_MAX = 2_000;
export const KB_SEARCH_FIRST_MAX = 50;
export const KB_SUGGEST_COUNT = 5;

export const KB_ARTICLE_STATUSES = ['DRAFT', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type KbArticleStatus = (typeof KB_ARTICLE_STATUSES)[number];

export const KB_LANGUAGES = ['ZH', 'EN'] as const;
export type KbLanguage = (typeof KB_LANGUAGES)[number];

export const KB_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug from an English title: "Apply for a compute voucher!" → "apply-for-a-compute-voucher". Empty when nothing Latin is left. */
export function slugFrom(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, KB_SLUG_MAX)
    .replace(/-+$/, '');
}

/** `%`, `_` and `\` match literally in the ILIKE pattern built from what a reader typed. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

const SNIPPET_RADIUS = 60;

/**
 * A short excerpt of `body` around the first place the query (or, failing that, its longest
 * word) occurs, cut into parts so clients highlight the matches without parsing any markup.
 * Matching ignores case; Chinese has no case and no spaces, so the query is also looked for whole.
 */
export function snippetOf(body: string, query: string, radius = SNIPPET_RADIUS): SnippetPart[] {
  const flat = body.replace(/\s+/g, ' ').trim();
  const terms = searchTerms(query);
  const lower = flat.toLowerCase();
  let at = -1;
  for (const term of terms) {
    at = lower.indexOf(term);
    if (at >= 0) break;
  }
  const start = at < 0 ? 0 : Math.max(0, at - radius);
  const end = Math.min(flat.length, (at < 0 ? 0 : at) + radius * 2);
  const excerpt = (start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '');
  return highlight(excerpt, terms);
}

/** The whole query first, then its space-separated words, longest first; lower-case, at least two characters. */
export function searchTerms(query: string): string[] {
  const whole = query.trim().toLowerCase().replace(/\s+/g, ' ');
  const words = whole.split(' ').filter((w) => [...w].length >= 2);
  return [...new Set([whole, ...words.sort((a, b) => b.length - a.length)])].filter((t) => [...t].length >= 1);
}

/** Splits `text` into matching and non-matching parts for the given lower-case terms. */
export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const parts: SnippetPart[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const term = terms.find((t) => t.length > 0 && lower.startsWith(t, i));
    if (!term) {
      i += 1;
      continue;
    }
    if (i > plainFrom) parts.push({ text: text.slice(plainFrom, i), match: false });
    parts.push({ text: text.slice(i, i + term.length), match: true });
    i += term.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) parts.push({ text: text.slice(plainFrom), match: false });
  return parts;
}

/** The text the trigram index covers: both languages' title and body of one version. */
export function searchTextOf(v: { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }): string {
  return [v.titleZh, v.titleEn, v.bodyZh, v.bodyEn].join('\n');
}
