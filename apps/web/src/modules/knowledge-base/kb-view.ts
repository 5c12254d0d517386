import type { Language } from '../../i18n/languages';

/** The API's language enum for the reader's language. */
export function kbLanguageOf(locale: Language): 'ZH' | 'EN' {
  return locale === 'en' ? 'EN' : 'ZH';
}

interface Bilingual {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

/** Title and body in the reader's language, Chinese when the English is still empty (drafts). */
export function textIn(content: Bilingual, locale: Language): { title: string; body: string } {
  if (locale === 'en' && content.titleEn.trim()) return { title: content.titleEn, body: content.bodyEn || content.bodyZh };
  return { title: content.titleZh, body: content.bodyZh };
}

/** Plain-text bodies: a blank line separates paragraphs, a single line break stays inside one. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Suggestions wait for something worth searching: two characters (one Chinese word) at least. */
export function isWorthSuggesting(text: string): boolean {
  return [...text.trim()].length >= 2;
}
