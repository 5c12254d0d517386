import { Typography } from 'antd';
import { paragraphsOf } from './kb-view';

/** An article body as paragraphs (plain text: no markdown library is installed, and none is needed for FAQs). */
export function ArticleBody({ body }: { body: string }) {
  return (
    <div className="kb-article-body" data-testid="kb-article-body">
      {paragraphsOf(body).map((paragraph, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-line' }}>
          {paragraph}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
