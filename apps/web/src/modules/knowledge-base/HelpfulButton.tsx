import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError } from '../../shared/lib/user-errors';
import { MarkKbArticleHelpfulMutation } from './knowledge-base.operations';

/** "这解决了我的问题 / This answered my question": counts a deflected ticket (once per person, the API decides). */
export function HelpfulButton({ articleId, done, onHelpful, size }: { articleId: string; done: boolean; onHelpful?: (articleId: string) => void; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [mark, { loading, data }] = useMutation(MarkKbArticleHelpfulMutation);
  const marked = done || Boolean(data?.markKbArticleHelpful.article?.helpfulByMe);
  const click = async () => {
    try {
      const result = await mark({ variables: { articleId } });
      const error = result.data?.markKbArticleHelpful.userErrors[0];
      if (error) return void message.error(describeUserError(error, t));
      message.success(t('kb.thanks'));
      onHelpful?.(articleId);
    } catch (error) {
      message.error(describeRequestError(error, t));
    }
  };
  return (
    <Button size={size} type={marked ? 'default' : 'primary'} ghost={!marked} icon={<CheckCircleOutlined />} loading={loading} disabled={marked} onClick={() => void click()} data-testid={`kb-helpful-${articleId}`}>
      {marked ? t('kb.answered') : t('kb.thisAnswered')}
    </Button>
  );
}
