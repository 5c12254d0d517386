export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** i18next may report a region or a fallback chain entry; anything not English reads Chinese. */
export function toLanguage(value: string | undefined): Language {
  return value === 'en' || value?.startsWith('en-') ? 'en' : 'zh-CN';
}
