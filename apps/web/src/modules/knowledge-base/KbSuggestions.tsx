import { useQuery } from '@apollo/client/react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketCategory } from '../../gql/graphql';
import { useLocale } from '../../shared/i18n/use-locale';
import { HelpfulButton } from './HelpfulButton';
import { KbHitList } from './KbHitList';
import { isWorthSuggesting, kbLanguageOf } from './kb-view';
import { KbSuggestQuery } from './knowledge-base.operations';
import { useDebounced } from './use-debounced';

export interface KbSuggestionsProps {
  /** What the founder has typed so far (subject and description). */
  text: string;
  /** The ticket's category once chosen: suggestions stay within it. */
  category?: TicketCategory | null;
  /** The founder said an article answered their question: the form may close without a ticket. */
  onHelpful?: (articleId: string) => void;
}

/**
 * Up to five published articles matching what a founder types into the ticket form, in the
 * reader's language, each with "this answered my question". Renders nothing until there is
 * something to suggest, so the form stays quiet.
 */
export function KbSuggestions({ text, category, onHelpful }: KbSuggestionsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const settled = useDebounced(text, 300);
  const skip = !isWorthSuggesting(settled);
  const { data, loading } = useQuery(KbSuggestQuery, { variables: { text: settled, locale: kbLanguageOf(locale), category: category ?? null }, skip });
  const hits = skip ? [] : (data?.kbSuggest ?? []);
  if (hits.length === 0) return null;
  return (
    <Card size="small" title={t('kb.suggestionsTitle')} data-testid="kb-suggestions" className="kb-suggestions">
      <Typography.Text type="secondary">{t('kb.suggestionsHint')}</Typography.Text>
      <KbHitList
        hits={hits}
        loading={loading}
        renderTitle={(hit, title) => (
          <a href={`/portal/help/${hit.slug}`} target="_blank" rel="noreferrer">
            {title}
          </a>
        )}
        actions={(hit) => [<HelpfulButton key="helpful" size="small" articleId={hit.articleId} done={false} onHelpful={onHelpful} />]}
      />
    </Card>
  );
}
