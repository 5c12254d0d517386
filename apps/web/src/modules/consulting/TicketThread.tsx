import { LockOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultingTicketQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { MessageArticles } from './MessageArticles';
import { MessageAttachments } from './MessageAttachments';

type Ticket = NonNullable<ConsultingTicketQuery['ticket']>;

/** The thread, oldest first; internal notes (staff only; the API never sends them to founders) look unlike replies. */
export function TicketThread({ messages, attachments, area }: Pick<Ticket, 'messages' | 'attachments'> & { area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="ticket-thread">
      {messages.map((m) => {
        const internal = m.visibility === 'INTERNAL';
        return (
          <Card
            key={m.id}
            size="small"
            data-testid={internal ? 'ticket-note' : 'ticket-message'}
            style={internal ? { background: '#fffbe6', borderColor: '#ffe58f', borderStyle: 'dashed' } : m.mine ? { background: '#f0f5ff' } : undefined}
            title={
              <Space wrap size={4}>
                <Typography.Text strong>{m.authorName}</Typography.Text>
                {internal && <Tag icon={<LockOutlined />} color="gold">{t('consulting.internalNote')}</Tag>}
                <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
              </Space>
            }
          >
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, overflowWrap: 'anywhere' }}>{m.body}</Typography.Paragraph>
            <MessageArticles articles={m.linkedArticles} area={area} />
            <MessageAttachments attachments={attachments.filter((a) => a.messageId === m.id)} />
          </Card>
        );
      })}
    </Space>
  );
}
