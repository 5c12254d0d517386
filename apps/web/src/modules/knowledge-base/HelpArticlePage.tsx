import { ArrowLeftOutlined, EyeOutlined, LikeOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useLocale } from '../../shared/i18n/use-locale';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ArticleBody } from './ArticleBody';
import { HelpfulButton } from './HelpfulButton';
import { textIn } from './kb-view';
import { KbArticleQuery } from './knowledge-base.operations';

/** One published article for founders, with "this answered my question". */
export function HelpArticlePage() {
  const { slug } = useParams<{ slug: string }>();
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading, error } = useQuery(KbArticleQuery, { variables: { slug: slug ?? '' }, fetchPolicy: 'cache-and-network' });
  const article = data?.kbArticle;
  const published = article?.published;

  return (
    <div className="kb-help">
      <Link to="/portal/help">
        <ArrowLeftOutlined /> {t('kb.backToHelp')}
      </Link>
      <Card style={{ marginTop: 12 }}>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        {!data && loading ? (
          <Skeleton active />
        ) : !article || !published ? (
          <Empty description={t('kb.notFound')} />
        ) : (
          <>
            <Typography.Title level={3} data-testid="kb-article-title" style={{ marginTop: 0 }}>
              {textIn(published, locale).title}
            </Typography.Title>
            <Space wrap style={{ marginBottom: 16 }}>
              <Tag>{t(`enums.TicketCategory.${article.category}`)}</Tag>
              <Typography.Text type="secondary">{t('kb.versionOn', { version: published.version, date: formatDate(published.publishedAt) })}</Typography.Text>
              <Typography.Text type="secondary">
                <EyeOutlined /> {article.viewCount}
              </Typography.Text>
              <Typography.Text type="secondary">
                <LikeOutlined /> {t('kb.helpedCount', { count: article.deflectionCount })}
              </Typography.Text>
            </Space>
            <ArticleBody body={textIn(published, locale).body} />
            <Space direction="vertical" style={{ marginTop: 16 }}>
              <Typography.Text strong>{t('kb.didItHelp')}</Typography.Text>
              <HelpfulButton articleId={article.id} done={article.helpfulByMe} />
            </Space>
          </>
        )}
      </Card>
    </div>
  );
}
