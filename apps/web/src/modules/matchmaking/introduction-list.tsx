import { Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IntroductionListFieldsFragment, IntroductionsQuery } from '../../gql/graphql';
import { LoadMore } from '../../shared/ui/LoadMore';
import { IntroductionCard } from './IntroductionCard';

type Connection = IntroductionsQuery['introductions'];

/** Introductions as cards, two a row when wide, one on a phone, with load-more. */
export function IntroductionList({ items, connection, loading, onLoadMore, basePath, testId, emptyText }: {
  items: readonly IntroductionListFieldsFragment[];
  connection?: Connection;
  loading: boolean;
  onLoadMore?: (after: string) => void;
  basePath: string;
  testId: string;
  emptyText?: string;
}) {
  const { t } = useTranslation();
  const endCursor = connection?.pageInfo.endCursor;
  return (
    <div data-testid={testId}>
      <List
        grid={{ gutter: 12, xs: 1, sm: 1, md: 1, lg: 2, xl: 2, xxl: 3 }}
        loading={loading && !connection && items.length === 0}
        dataSource={[...items]}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('matchmaking.introductions.none')} /> }}
        renderItem={(introduction) => (
          <List.Item><IntroductionCard introduction={introduction} detailPath={`${basePath}/${introduction.id}`} /></List.Item>
        )}
      />
      {connection && onLoadMore && (
        <LoadMore loaded={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage && !!endCursor} loading={loading}
          onLoadMore={() => endCursor && onLoadMore(endCursor)} />
      )}
    </div>
  );
}

export function appendIntroductions(prev: IntroductionsQuery, { fetchMoreResult }: { fetchMoreResult: IntroductionsQuery }): IntroductionsQuery {
  return { introductions: { ...fetchMoreResult.introductions, edges: [...prev.introductions.edges, ...fetchMoreResult.introductions.edges] } };
}
