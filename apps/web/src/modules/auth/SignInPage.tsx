import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { SignInMutation } from './auth.operations';
import { DemoAccounts, SHOW_DEMO_ACCOUNTS } from './DemoAccounts';
import { useSession } from './session-context';

interface SignInValues {
  email: string;
  password: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const { token, user, signIn } = useSession();
  const [form] = Form.useForm<SignInValues>();
  const [mutate, { loading }] = useMutation(SignInMutation);
  const { formError, submit } = useUserErrorForm(form);

  if (token && user) return <Navigate to="/" replace />;

  const onFinish = async (values: SignInValues) => {
    const payload = await submit(async () => (await mutate({ variables: { input: { email: values.email.trim(), password: values.password } } })).data?.signIn);
    if (payload?.token) await signIn(payload.token);
  };

  return (
    <div className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="sign-in-card" variant="borderless">
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div className="sign-in-brand">
            <div className="brand-mark">算</div>
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.centre')}</Typography.Text>
            </div>
          </div>
          {formError && <Alert type="error" showIcon title={formError} data-testid="sign-in-error" />}
          <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} size="large">
            <Form.Item
              name="email"
              label={t('auth.email')}
              rules={[
                { required: true, message: t('auth.emailRequired') },
                { type: 'email', message: t('auth.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} autoComplete="username" data-testid="sign-in-email" />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="sign-in-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="sign-in-submit">
              {t('auth.submit')}
            </Button>
          </Form>
          {SHOW_DEMO_ACCOUNTS && <DemoAccounts onPick={(email, password) => form.setFieldsValue({ email, password })} />}
        </Space>
      </Card>
    </div>
  );
}
