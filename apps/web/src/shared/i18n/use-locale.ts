import { useTranslation } from 'react-i18next';
import { toLanguage, type Language } from '../../i18n/languages';

/** The reader's language; re-renders the caller when it is switched. */
export function useLocale(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
