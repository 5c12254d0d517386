import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n';
import { useLocale } from '../../shared/i18n/use-locale';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Segmented<Language>
      size="small"
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={locale}
      options={LANGUAGES.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      onChange={changeLanguage}
    />
  );
}
