import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Input, Rate, Row, Select, Skeleton, Space, Typography, type UploadFile } from 'antd';
import { attachmentTypeFor } from '@suanli/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { ConsultingTicketQuery, TicketStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { describeUserError } from '../../shared/lib/user-errors';
import { KbArticlePicker, type PickedArticle } from '../knowledge-base';
import { LinkedObject } from './LinkedObject';
import { AttachmentPicker } from './AttachmentPicker';
import { base64Of } from './attachment-files';
import { AttachMutation, ChangeStatusMutation, NoteMutation, RateMutation, ReplyMutation, TicketQuery } from './consulting.operations';
import { SlaPanel } from './SlaPanel';
import { TicketPriorityTag, TicketStatusTag } from './ticket-tags';
import { TicketThread } from './TicketThread';
import { STATUSES } from './ticket-enums';
import { useTicketAction } from './use-ticket-action';

type Ticket = NonNullable<ConsultingTicketQuery['ticket']>;

/** One ticket: the thread and reply box, the status moves, the SLA panel; founders rate it once resolved. */
export function TicketPage({ area }: { area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(TicketQuery, { variables: { id }, pollInterval: 60_000 });
  const back = (
    <Link to={area === 'portal' ? '/portal/consulting' : '/consulting'}>
      <ArrowLeftOutlined /> {t(area === 'portal' ? 'consulting.backToMine' : 'consulting.backToQueue')}
    </Link>
  );
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} description={back} />;
  if (!data && loading) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  const ticket = data?.ticket;
  if (!ticket) return <Empty description={t('common.notFound')} data-testid="ticket-not-found">{back}</Empty>;
  return (
    <div data-testid="ticket-page">
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader
        title={<span style={{ overflowWrap: 'anywhere' }}>{ticket.subject}</span>}
        subtitle={t(`enums.TicketCategory.${ticket.category}`)}
        extra={<Space wrap><TicketStatusTag status={ticket.status} /><TicketPriorityTag priority={ticket.priority} /></Space>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <TicketThread messages={ticket.messages} attachments={ticket.attachments} area={area} />
            <Composer ticket={ticket} area={area} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space direction="vertical" style={{ width: '100%' }} size={16}>
            <StatusCard ticket={ticket} area={area} />
            {area === 'portal' && <RatingCard ticket={ticket} />}
            <SlaPanel ticket={ticket} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}

function Composer({ ticket, area }: { ticket: Ticket; area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const act = useTicketAction();
  const { message } = App.useApp();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [articles, setArticles] = useState<PickedArticle[]>([]);
  const [attaching, setAttaching] = useState(false);
  const client = useApolloClient();
  // The thread is read again once the message is in; the files follow it and the thread is read
  // once more after the last one (a refetch still in flight would otherwise answer without them).
  const [reply, { loading: replying }] = useMutation(ReplyMutation, { refetchQueries: [TicketQuery], awaitRefetchQueries: true });
  const [note, { loading: noting }] = useMutation(NoteMutation, { refetchQueries: [TicketQuery], awaitRefetchQueries: true });
  const [attachFile] = useMutation(AttachMutation);
  if (ticket.status === 'CLOSED') return <Alert type="info" showIcon title={t('consulting.closedNotice')} />;
  const input = { ticketId: ticket.id, body, articleIds: articles.map((a) => a.articleId) };
  /** The files go to the message once it exists; each refusal is shown with the file's name, the rest are kept. */
  const attachTo = async (messageId: string) => {
    setAttaching(true);
    try {
      for (const file of files) {
        const raw = file.originFileObj;
        if (!raw) continue;
        try {
          const contentBase64 = base64Of(new Uint8Array(await raw.arrayBuffer()));
          const result = (await attachFile({ variables: { input: { messageId, fileName: raw.name, contentType: attachmentTypeFor(raw.name) ?? raw.type, contentBase64 } } })).data?.attachToTicketMessage;
          const problem = result?.userErrors[0];
          if (problem) void message.error(t('consulting.attachmentFailed', { name: raw.name, reason: describeUserError(problem, t) }));
        } catch (error) {
          void message.error(t('consulting.attachmentFailed', { name: raw.name, reason: describeRequestError(error, t) }));
        }
      }
    } finally {
      await client.refetchQueries({ include: [TicketQuery] });
      setAttaching(false);
      setFiles([]);
    }
  };
  const send = async (internal: boolean) => {
    let messageId: string | undefined;
    const ok = internal
      ? await act(async () => {
          const result = (await note({ variables: { input } })).data?.addTicketNote;
          messageId = result?.message?.id;
          return result;
        }, t('consulting.noted'))
      : await act(async () => {
          const result = (await reply({ variables: { input } })).data?.replyToTicket;
          messageId = result?.message?.id;
          return result;
        }, t('consulting.replied'));
    if (!ok) return;
    setBody('');
    setArticles([]);
    if (messageId && files.length) await attachTo(messageId);
  };
  const busy = replying || noting || attaching;
  return (
    <Card size="small" title={t('consulting.reply')}>
      <Input.TextArea rows={4} value={body} onChange={(e) => setBody(e.target.value)} maxLength={10_000} placeholder={t('consulting.replyPlaceholder')} data-testid="reply-body" />
      {area === 'console' && (
        <div style={{ marginTop: 8 }}>
          <KbArticlePicker value={articles} onChange={setArticles} />
        </div>
      )}
      <div style={{ marginTop: 8 }}>
        <AttachmentPicker files={files} onChange={setFiles} />
      </div>
      <Space wrap style={{ marginTop: 8 }}>
        <Button type="primary" onClick={() => void send(false)} loading={replying || (attaching && !noting)} disabled={!body.trim() || busy} data-testid="reply-send">{t('consulting.sendReply')}</Button>
        {area === 'console' && (
          <Button onClick={() => void send(true)} loading={noting} disabled={!body.trim() || busy} data-testid="note-send">{t('consulting.addNote')}</Button>
        )}
      </Space>
    </Card>
  );
}

function StatusCard({ ticket, area }: { ticket: Ticket; area: 'portal' | 'console' }) {
  const { t } = useTranslation();
  const act = useTicketAction();
  const [change, { loading }] = useMutation(ChangeStatusMutation, { refetchQueries: [TicketQuery] });
  const move = (status: TicketStatus) =>
    void act(async () => (await change({ variables: { input: { ticketId: ticket.id, status } } })).data?.changeTicketStatus, t('consulting.statusChanged'));
  const finished = ticket.status === 'RESOLVED' || ticket.status === 'CLOSED';
  return (
    <Card size="small" title={t('consulting.details')}>
      <Descriptions size="small" column={1} items={[
        { key: 'opened', label: t('consulting.opened'), children: `${formatDateTime(ticket.createdAt)} · ${ticket.openerName ?? ''}` },
        { key: 'assignee', label: t('consulting.assignee'), children: ticket.assigneeName ?? t('consulting.unassigned') },
        ...(ticket.linkedKind ? [{ key: 'link', label: t('consulting.about'), children: <LinkedObject kind={ticket.linkedKind} id={ticket.linkedId ?? null} area={area} /> }] : []),
      ]} />
      <Space wrap style={{ marginTop: 8 }}>
        {area === 'portal' ? (
          <>
            {!finished && <Button onClick={() => move('RESOLVED')} loading={loading} data-testid="ticket-resolve">{t('consulting.markResolved')}</Button>}
            {ticket.status !== 'CLOSED' && <Button onClick={() => move('CLOSED')} loading={loading} data-testid="ticket-close">{t('consulting.close')}</Button>}
            {finished && <Button onClick={() => move('OPEN')} loading={loading} data-testid="ticket-reopen">{t('consulting.reopen')}</Button>}
          </>
        ) : (
          <Select<TicketStatus>
            value={ticket.status}
            style={{ minWidth: 200 }}
            onChange={move}
            loading={loading}
            data-testid="ticket-status-select"
            options={STATUSES.map((s) => ({ value: s, label: t(`enums.TicketStatus.${s}`) }))}
          />
        )}
      </Space>
    </Card>
  );
}

function RatingCard({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const act = useTicketAction();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [rate, { loading }] = useMutation(RateMutation, { refetchQueries: [TicketQuery] });
  if (ticket.satisfaction !== null) {
    return (
      <Card size="small" title={t('consulting.yourRating')} data-testid="ticket-rated">
        <Rate disabled value={ticket.satisfaction} />
        {ticket.satisfactionComment && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{ticket.satisfactionComment}</Typography.Paragraph>}
      </Card>
    );
  }
  if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') return null;
  const submit = () =>
    void act(async () => (await rate({ variables: { input: { ticketId: ticket.id, score, comment: comment.trim() || null } } })).data?.rateTicket, t('consulting.thanks'));
  return (
    <Card size="small" title={t('consulting.rateTitle')} data-testid="ticket-rating">
      <Rate value={score} onChange={setScore} data-testid="rating-stars" />
      <Input.TextArea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} placeholder={t('consulting.ratingComment')} style={{ marginTop: 8 }} data-testid="rating-comment" />
      <Button type="primary" onClick={submit} disabled={score === 0} loading={loading} style={{ marginTop: 8 }} data-testid="rating-submit">{t('consulting.submitRating')}</Button>
    </Card>
  );
}
