import { MailOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { invitableRoles, type Role } from '@suanli/domain';
import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { useCurrentUser } from '../auth/session-context';
import { InviteUserMutation } from './accounts.operations';

interface Values {
  email: string;
  role: Role;
}

interface Sent {
  email: string;
  expiresAt: string;
  inviteUrl: string | null;
  mailDelivery: string | null;
}

interface Props {
  organisationId: string;
  organisationName: string;
  /** The button's label: "邀请创始人" for managers, "邀请同事" for founders. */
  label: string;
  size?: 'small' | 'middle';
  /** Into the centre's own organisation: staff roles (admins only); otherwise founders. */
  staff?: boolean;
  onInvited?: () => void;
}

/**
 * Invites a person into an organisation. When the server sent no mail (no SMTP configured, or it
 * failed), the link comes back to the inviter alone and is shown here to pass on.
 */
export function InviteDialog({ organisationId, organisationName, label, size = 'middle', staff = false, onInvited }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const roles = invitableRoles(user.role).filter((role) => (role === 'FOUNDER') !== staff);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [form] = Form.useForm<Values>();
  const { formError: error, submit, clearError } = useUserErrorForm(form);
  const [invite, { loading }] = useMutation(InviteUserMutation);

  const close = () => {
    setOpen(false);
    clearError();
    setSent(null);
    form.resetFields();
  };

  const onSubmit = async (values: Values) => {
    const payload = await submit(
      async () => (await invite({ variables: { input: { email: values.email.trim(), organisationId, role: values.role ?? 'FOUNDER' } } })).data?.inviteUser,
    );
    if (!payload?.invitation) return;
    setSent({ email: payload.invitation.email, expiresAt: payload.invitation.expiresAt, inviteUrl: payload.inviteUrl ?? null, mailDelivery: payload.mailDelivery ?? null });
    onInvited?.();
  };

  return (
    <>
      <Button size={size} icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid={`invite-open-${organisationId}`}>
        {label}
      </Button>
      <Modal
        open={open}
        title={`${label} · ${organisationName}`}
        onCancel={close}
        destroyOnHidden
        footer={
          sent ? (
            <Button type="primary" onClick={close} data-testid="invite-done">
              {t('common.confirm')}
            </Button>
          ) : (
            <>
              <Button onClick={close}>{t('common.cancel')}</Button>
              <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="invite-send">
                {t('invite.send')}
              </Button>
            </>
          )
        }
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        {sent ? (
          <div data-testid="invite-result">
            {sent.mailDelivery === 'SENT' ? (
              <Alert type="success" showIcon title={t('invite.mailSent', { email: sent.email })} />
            ) : (
              <Alert
                type={sent.mailDelivery === 'FAILED' ? 'warning' : 'info'}
                showIcon
                title={t(sent.mailDelivery === 'FAILED' ? 'invite.mailFailed' : 'invite.noMail', { email: sent.email })}
                description={
                  <Typography.Paragraph copyable={{ text: sent.inviteUrl ?? '' }} style={{ marginBottom: 0, wordBreak: 'break-all' }}>
                    <Typography.Text code data-testid="invite-link">
                      {sent.inviteUrl}
                    </Typography.Text>
                  </Typography.Paragraph>
                }
              />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {t('invite.validUntil', { time: formatDateTime(sent.expiresAt) })}
            </Typography.Paragraph>
          </div>
        ) : (
          <Form<Values> form={form} layout="vertical" onFinish={onSubmit} initialValues={{ role: roles[0] ?? 'FOUNDER' }}>
            <Form.Item
              name="email"
              label={t('auth.email')}
              rules={[
                { required: true, message: t('auth.emailRequired') },
                { type: 'email', message: t('auth.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} maxLength={254} data-testid="invite-email-input" />
            </Form.Item>
            {staff && (
              <Form.Item name="role" label={t('invite.role')}>
                <Select options={roles.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))} data-testid="invite-role" />
              </Form.Item>
            )}
          </Form>
        )}
      </Modal>
    </>
  );
}
