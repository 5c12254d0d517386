import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { KbArticlesQuery as KbArticlesResult } from '../../gql/graphql';
import { useLocale } from '../../shared/i18n/use-locale';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { KbArticlesQuery } from './knowledge-base.operations';

type Row = KbArticlesResult['kbArticles'][number];

const STATUS_COLOURS = { DRAFT: 'default', PUBLISHED: 'green', UNPUBLISHED: 'orange' } as const;

/** Consultants' list of every article with its status, views and deflected tickets. */
export function KbListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error } = useQuery(KbArticlesQuery, { fetchPolicy: 'cache-and-network' });
  const titleOf = (row: Row) => {
    const draft = row.draft;
    return (locale === 'en' && draft?.titleEn) || draft?.titleZh || row.published?.titleZh || row.slug;
  };

  return (
    <>
      <PageHeader
        title={t('kb.consoleTitle')}
        subtitle={t('kb.consoleSubtitle')}
        extra={
          <Link to="/kb/new">
            <Button type="primary" icon={<PlusOutlined />} data-testid="kb-new">
              {t('kb.newArticle')}
            </Button>
          </Link>
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      <Card>
        <Table<Row>
          rowKey="id"
          loading={loading}
          dataSource={data?.kbArticles ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { key: 'title', title: t('kb.title'), render: (_, row) => <Link to={`/kb/${row.id}`}>{titleOf(row)}</Link> },
            { key: 'category', title: t('kb.category'), render: (_, row) => t(`enums.TicketCategory.${row.category}`) },
            {
              key: 'status',
              title: t('kb.status'),
              render: (_, row) => (
                <>
                  <Tag color={STATUS_COLOURS[row.status]}>{t(`enums.KbArticleStatus.${row.status}`)}</Tag>
                  {row.status === 'PUBLISHED' && row.hasUnpublishedChanges && <Tag color="blue">{t('kb.unpublishedChanges')}</Tag>}
                </>
              ),
            },
            { key: 'version', title: t('kb.version'), align: 'right', render: (_, row) => row.published?.version ?? '—' },
            { key: 'views', title: t('kb.views'), align: 'right', sorter: (a, b) => a.viewCount - b.viewCount, render: (_, row) => row.viewCount },
            {
              key: 'deflections',
              title: t('kb.deflections'),
              align: 'right',
              sorter: (a, b) => a.deflectionCount - b.deflectionCount,
              render: (_, row) => <span data-testid={`kb-deflections-${row.slug}`}>{row.deflectionCount}</span>,
            },
            {
              key: 'linked',
              title: t('kb.linkedInReplies'),
              align: 'right',
              sorter: (a, b) => (a.linkedInReplies ?? 0) - (b.linkedInReplies ?? 0),
              render: (_, row) => <span data-testid={`kb-linked-${row.slug}`}>{row.linkedInReplies ?? 0}</span>,
            },
            { key: 'author', title: t('kb.author'), render: (_, row) => row.authorName },
            { key: 'updated', title: t('kb.updated'), render: (_, row) => formatDate(row.updatedAt) },
          ]}
        />
      </Card>
    </>
  );
}
