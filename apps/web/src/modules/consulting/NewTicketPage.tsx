import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { TicketCategory, TicketPriority } from '../../gql/graphql';
import { PageHeader } from '../../shared/ui/PageHeader';
import { KbSuggestions } from '../knowledge-base';
import { OpenTicketMutation, TicketsQuery } from './consulting.operations';
import { CATEGORIES, LINK_KINDS, PRIORITIES } from './ticket-enums';
import { useTicketAction } from './use-ticket-action';


interface Values {
  category: TicketCategory;
  priority: TicketPriority;
  subject: string;
  body: string;
}

/**
 * A new question. Opened from another page ("Ask about this") it arrives with `?linkedKind=…&linkedId=…`
 * (and a category), so the consultant sees which object it is about.
 */
export function NewTicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const act = useTicketAction();
  const [params] = useSearchParams();
  const linkedKind = LINK_KINDS.find((k) => k === params.get('linkedKind')) ?? null;
  const linkedId = linkedKind ? params.get('linkedId') : null;
  const category = CATEGORIES.find((c) => c === params.get('category')) ?? 'SUBSIDIES_POLICY';
  const [open, { loading }] = useMutation(OpenTicketMutation, { refetchQueries: [TicketsQuery] });
  const [form] = Form.useForm<Values>();
  const typed = `${Form.useWatch('subject', form) ?? ''} ${Form.useWatch('body', form) ?? ''}`.trim();
  const chosen = Form.useWatch('category', form);
  const submit = async (values: Values) => {
    let id: string | undefined;
    await act(async () => {
      const payload = (await open({ variables: { input: { ...values, linkedKind, linkedId } } })).data?.openTicket;
      id = payload?.ticket?.id;
      return payload;
    }, t('consulting.ticketOpened'));
    if (id) void navigate(`/portal/consulting/${id}`);
  };
  return (
    <div data-testid="new-ticket-page">
      <PageHeader title={t('consulting.newTicket')} subtitle={t('consulting.newTicketSubtitle')} />
      <Card style={{ maxWidth: 760 }}>
        {linkedKind && linkedId && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="ticket-link-notice"
            title={<>{t('consulting.askingAbout')} <Tag>{t(`enums.TicketLinkKind.${linkedKind}`)}</Tag></>} />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ category, priority: 'NORMAL' }}>
          <Form.Item name="category" label={t('consulting.category')} rules={[{ required: true }]}>
            <Select data-testid="ticket-category" options={CATEGORIES.map((c) => ({ value: c, label: t(`enums.TicketCategory.${c}`) }))} />
          </Form.Item>
          <Form.Item name="priority" label={t('consulting.priority')} rules={[{ required: true }]}>
            <Select data-testid="ticket-priority" options={PRIORITIES.map((p) => ({ value: p, label: t(`enums.TicketPriority.${p}`) }))} />
          </Form.Item>
          <Form.Item name="subject" label={t('consulting.subject')} rules={[{ required: true, whitespace: true, message: t('consulting.subjectRequired') }, { max: 200 }]}>
            <Input maxLength={200} data-testid="ticket-subject" />
          </Form.Item>
          <Form.Item name="body" label={t('consulting.body')} rules={[{ required: true, whitespace: true, message: t('consulting.bodyRequired') }, { max: 10_000 }]}>
            <Input.TextArea rows={6} maxLength={10_000} data-testid="ticket-body" />
          </Form.Item>
          {/* Articles that may answer it already; "this answered my question" ends here without a ticket. */}
          <KbSuggestions text={typed} category={chosen ?? category} onHelpful={() => void navigate('/portal/consulting')} />
          <Button type="primary" htmlType="submit" loading={loading} data-testid="ticket-submit">{t('consulting.submitTicket')}</Button>
        </Form>
      </Card>
    </div>
  );
}
