import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/i18n/use-locale';
import { kbLanguageOf } from './kb-view';
import { KbSearchQuery } from './knowledge-base.operations';
import { useDebounced } from './use-debounced';

export interface PickedArticle {
  articleId: string;
  title: string;
}

/**
 * Published articles a consultant links under a reply, found with the help centre's own search
 * (kbSearch: Chinese bigrams and trigrams). At most ten, as the API takes.
 */
export function KbArticlePicker({ value, onChange }: { value: PickedArticle[]; onChange: (articles: PickedArticle[]) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 250);
  const { data, loading } = useQuery(KbSearchQuery, { variables: { query, locale: kbLanguageOf(locale), first: 10 }, skip: !query });
  const found = query ? (data?.kbSearch ?? []) : [];
  const options = [
    ...value.map((a) => ({ value: a.articleId, label: a.title })),
    ...found.filter((hit) => !value.some((a) => a.articleId === hit.articleId)).map((hit) => ({ value: hit.articleId, label: hit.title })),
  ];
  return (
    <Select
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      style={{ width: '100%' }}
      placeholder={t('kb.pickerPlaceholder')}
      loading={loading}
      value={value.map((a) => a.articleId)}
      options={options}
      maxCount={10}
      notFoundContent={query && !loading ? t('kb.noResults') : null}
      onChange={(ids: string[]) => {
        onChange(ids.map((id) => value.find((a) => a.articleId === id) ?? { articleId: id, title: options.find((o) => o.value === id)?.label ?? id }));
        setTyped('');
      }}
      data-testid="kb-article-picker"
    />
  );
}
