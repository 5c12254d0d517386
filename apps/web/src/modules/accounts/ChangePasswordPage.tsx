import { LockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCurrentUser } from '../auth/session-context';
import { ChangePasswordMutation } from './accounts.operations';
import { PasswordField } from './PasswordField';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** /account/password — everyone changes their own password; the current one is required. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  // "Wrong email or password" reads oddly here: say which password.
  const { formError, submit } = useUserErrorForm(form, { describe: (e) => (e.code === 'INVALID_CREDENTIALS' ? t('password.wrongCurrent') : undefined) });
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const current = Form.useWatch('currentPassword', form);

  const onFinish = async (values: Values) => {
    const changed = await submit(
      async () => (await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } })).data?.changePassword,
    );
    if (!changed) return;
    form.resetFields();
    void message.success(t('password.changed'));
  };

  return (
    <div className="narrow-page">
      <PageHeader title={t('password.title')} subtitle={t('password.subtitle')} />
      <Card>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="change-password-form">
          <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('password.required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="current-password" />
          </Form.Item>
          <PasswordField
            name="newPassword"
            label={t('password.new')}
            personalDetails={[user.email, user.displayName, user.organisation?.name]}
            current={current}
            testId="new-password"
          />
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.required') },
              ({ getFieldValue }) => ({
                validator: async (_, value: string) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="confirm-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="change-password-submit">
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
