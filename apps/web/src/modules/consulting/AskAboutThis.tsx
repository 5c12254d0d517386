import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketCategory, TicketLinkKind } from '../../gql/graphql';
import { useSession } from '../auth/session-context';

/**
 * "Ask about this" on a founder's page of a project, voucher application, invoice or term sheet:
 * the question form opens linked to the object (and in its category, when it has one), so the
 * consultant sees what the question is about. Shown only to those who may open tickets.
 */
export function AskAboutThis({ kind, id, category, testId, size, type = 'default' }: {
  kind: TicketLinkKind;
  id: string;
  category?: TicketCategory;
  testId?: string;
  size?: 'small' | 'middle';
  type?: 'default' | 'link';
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can('TICKET_WRITE')) return null;
  const query = new URLSearchParams({ ...(category ? { category } : {}), linkedKind: kind, linkedId: id });
  return (
    <Link to={`/portal/consulting/new?${query.toString()}`}>
      <Button size={size} type={type} icon={type === 'link' ? undefined : <QuestionCircleOutlined />} data-testid={testId ?? `ask-about-${kind}`}>
        {t('consulting.askAboutThis')}
      </Button>
    </Link>
  );
}
