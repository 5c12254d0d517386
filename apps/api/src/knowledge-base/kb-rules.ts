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
  let length = 0;
  for (const term of terms) {
    at = lower.indexOf(term);
    length = term.length;
    if (at >= 0) break;
  }
  // As much text on either side of the match; from the start when nothing matched (a trigram hit).
  const start = at < 0 ? 0 : Math.max(0, at - radius);
  const end = Math.min(flat.length, at < 0 ? radius * 2 : start + radius * 2 + length);
  const excerpt = (start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '');
  return highlight(excerpt, terms);
}

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
/** Function-word bigrams that say nothing about the topic ("how", "can", "need", "I want"…). */
const CJK_STOP_BIGRAMS = new Set(['什么', '怎么', '如何', '可以', '需要', '我们', '我想', '请问', '是否', '哪些', '一下', '这个', '那个', '没有', '已经', '因为', '所以', '还是', '或者', '的时', '时候', '一个', '能否', '能不', '不能']);
/** English words as common as those bigrams; "to" would otherwise match inside "torch". */
const LATIN_STOP_WORDS = new Set(
  'a an the to of in on at by for from and or is are be was do does did how what which who when where why my me i we our you your can could with about it this that need want should'.split(' '),
);
const MAX_TERMS = 40;

/**
 * What a query is matched by: Chinese has no spaces, so each run of CJK characters becomes its
 * overlapping bigrams (算力券申请 → 算力 力券 券申 申请), the usual way to search unsegmented text;
 * Latin words stay whole (at least two characters). Lower-case, without duplicates or stop bigrams.
 * The whole query is matched separately, as an exact-phrase bonus.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  // A lone character (税, 的) says little next to other terms; it is searched only on its own.
  const singles: string[] = [];
  for (const token of query.toLowerCase().normalize('NFKC').split(/[^\p{L}\p{N}]+/u)) {
    // A token may mix scripts ("ascend昇腾"): split it into CJK runs and the rest.
    for (const part of token.split(new RegExp(`(${CJK_RUN.source})`, 'u'))) {
      if (!part) continue;
      const chars = [...part];
      if (CJK_RUN.test(part)) {
        if (chars.length === 1) singles.push(part);
        for (let i = 0; i + 1 < chars.length; i += 1) {
          const bigram = chars[i]! + chars[i + 1]!;
          if (!CJK_STOP_BIGRAMS.has(bigram)) terms.push(bigram);
        }
      } else if (chars.length >= 2 && !LATIN_STOP_WORDS.has(part)) {
        terms.push(part);
      }
    }
  }
  return [...new Set(terms.length > 0 ? terms : singles)].slice(0, MAX_TERMS);
}

/** The whole query first (to place the snippet), then its terms. */
export function searchTerms(query: string): string[] {
  const whole = query.trim().toLowerCase().replace(/\s+/g, ' ');
  return [...new Set([whole, ...queryTerms(query)])].filter((t) => t.length > 0);
}

/** Splits `text` into matched and plain parts: a character is matched when any term's occurrence covers it. */
export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const covered = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) covered.fill(true, at, at + term.length);
  }
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i;
    while (j < text.length && covered[j] === covered[i]) j += 1;
    parts.push({ text: text.slice(i, j), match: covered[i]! });
    i = j;
  }
  return parts;
}

/**
 * The text the trigram index covers: both languages' title and body of one version, lower-cased
 * once here so searches use LIKE, several times faster than ILIKE on UTF-8 text (measured).
 */
export function searchTextOf(v: { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }): string {
  return [v.titleZh, v.titleEn, v.bodyZh, v.bodyEn].join('\n').toLowerCase();
}
