import { LikeOutlined } from '@ant-design/icons';
import { Grid, List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KbHitFieldsFragment } from '../../gql/graphql';
import { MarkedText } from './MarkedText';

/** Search hits: highlighted title and snippet, category and how many it already helped. */
export function KbHitList({ hits, loading, renderTitle, actions }: {
  hits: readonly KbHitFieldsFragment[];
  loading?: boolean;
  renderTitle: (hit: KbHitFieldsFragment, title: ReactNode) => ReactNode;
  actions?: (hit: KbHitFieldsFragment) => ReactNode[];
}) {
  const { t } = useTranslation();
  // On a phone the actions go under the text: beside it they squeeze the snippet into a narrow column.
  const wide = Grid.useBreakpoint().sm ?? true;
  return (
    <List
      itemLayout={wide ? 'horizontal' : 'vertical'}
      loading={loading}
      dataSource={[...hits]}
      rowKey="articleId"
      locale={{ emptyText: t('kb.noResults') }}
      renderItem={(hit) => (
        <List.Item data-testid={`kb-hit-${hit.slug}`} actions={actions?.(hit)}>
          <List.Item.Meta
            title={renderTitle(hit, <MarkedText parts={hit.titleParts} />)}
            description={
              <>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                  <MarkedText parts={hit.snippet} />
                </Typography.Paragraph>
                <Tag>{t(`enums.TicketCategory.${hit.category}`)}</Tag>
                {hit.deflectionCount > 0 && (
                  <Typography.Text type="secondary">
                    <LikeOutlined /> {t('kb.helpedCount', { count: hit.deflectionCount })}
                  </Typography.Text>
                )}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
