import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketCategory } from '../../gql/graphql';
import { useLocale } from '../../shared/i18n/use-locale';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CategoryFilter } from './CategoryFilter';
import { KbHitList } from './KbHitList';
import { isWorthSuggesting, kbLanguageOf } from './kb-view';
import { KbSearchQuery } from './knowledge-base.operations';
import { useDebounced } from './use-debounced';

/** Popular topics to start from before typing: each is a search the seeded articles answer. */
const STARTERS = { 'zh-CN': ['算力券', '高新技术企业', '蓉漂计划', '数据出境', '昇腾适配'], en: ['compute voucher', 'high-tech enterprise', 'Rongpiao', 'data export', 'Ascend'] };

/** The founders' help centre: live search in the reader's language, filtered by category. */
export function HelpCentrePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TicketCategory | null>(null);
  const settled = useDebounced(query.trim(), 250);
  const skip = !isWorthSuggesting(settled) && !(settled.length === 1 && /\p{Script=Han}/u.test(settled));
  const { data, loading, error } = useQuery(KbSearchQuery, { variables: { query: settled, locale: kbLanguageOf(locale), category, first: 20 }, skip });

  return (
    <div className="kb-help">
      <PageHeader title={t('kb.helpTitle')} subtitle={t('kb.helpSubtitle')} />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space.Compact style={{ width: '100%' }}>
            <Input
              size="large"
              allowClear
              autoFocus
              prefix={<SearchOutlined />}
              placeholder={t('kb.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              data-testid="kb-search"
              aria-label={t('kb.searchPlaceholder')}
            />
          </Space.Compact>
          <Space wrap>
            <CategoryFilter value={category} onChange={setCategory} />
            {!query &&
              STARTERS[locale].map((s) => (
                <Typography.Link key={s} onClick={() => setQuery(s)}>
                  {s}
                </Typography.Link>
              ))}
          </Space>
          {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
          {skip ? (
            <Typography.Text type="secondary">{t('kb.typeToSearch')}</Typography.Text>
          ) : (
            <KbHitList hits={data?.kbSearch ?? []} loading={loading} renderTitle={(hit, title) => <Link to={`/portal/help/${hit.slug}`}>{title}</Link>} />
          )}
          <Typography.Text type="secondary">{t('kb.stillStuck')}</Typography.Text>
        </Space>
      </Card>
    </div>
  );
}
