import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCE_FILES } from './resource-files';
import { mergeResources } from './resources';

import { LANGUAGES, toLanguage, type Language } from './languages';

export { LANGUAGES, toLanguage, type Language };

const STORAGE_KEY = 'suanli.language';

function storedLanguage(): Language {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'zh-CN';
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(mergeResources(RESOURCE_FILES)).map(([lng, translation]) => [lng, { translation }])),
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function changeLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return toLanguage(i18n.language);
}

export { i18n };
