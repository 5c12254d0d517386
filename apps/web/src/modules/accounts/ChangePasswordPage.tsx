import { LockOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
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
  const [formError, setFormError] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const current = Form.useWatch('currentPassword', form);

  const onFinish = async (values: Values) => {
    setFormError(null);
    try {
      const { data } = await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      const payload = data?.changePassword;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        const onFields = payload.userErrors.filter((e) => ['currentPassword', 'newPassword'].includes(userErrorField(e) ?? ''));
        form.setFields(
          onFields.map((e) => ({
            name: userErrorField(e) as keyof Values,
            // "Wrong email or password" reads oddly here: say which password.
            errors: [e.code === 'INVALID_CREDENTIALS' ? t('password.wrongCurrent') : describeUserError(e, t)],
          })),
        );
        const general = payload.userErrors.filter((e) => !onFields.includes(e));
        if (general.length > 0) setFormError(general.map((e) => describeUserError(e, t)).join('；'));
        return;
      }
      form.resetFields();
      void message.success(t('password.changed'));
    } catch (error) {
      setFormError(describeRequestError(error, t));
    }
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
