import { BookOutlined } from '@ant-design/icons';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../../shared/i18n/use-locale';

export interface LinkedArticle {
  articleId: string;
  slug: string;
  titleZh: string;
  titleEn: string;
  published: boolean;
}

/** Knowledge-base articles a consultant linked under a message: the help page for founders, the editor for staff. */
export function MessageArticles({ articles, area }: { articles: readonly LinkedArticle[]; area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (articles.length === 0) return null;
  return (
    <div style={{ marginTop: 8 }} data-testid="message-articles">
      <Typography.Text type="secondary"><BookOutlined /> {t('consulting.linkedArticles')}</Typography.Text>
      <Space direction="vertical" size={0} style={{ display: 'flex' }}>
        {articles.map((a) => (
          <span key={a.articleId}>
            <Link to={area === 'portal' ? `/portal/help/${a.slug}` : `/kb/${a.articleId}`} style={{ overflowWrap: 'anywhere' }} data-testid="linked-article">
              {(locale === 'en' && a.titleEn) || a.titleZh}
            </Link>
            {!a.published && <Tag style={{ marginLeft: 8 }}>{t('consulting.articleUnpublished')}</Tag>}
          </span>
        ))}
      </Space>
    </div>
  );
}
