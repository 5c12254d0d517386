import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, userErrorField } from '../../shared/lib/user-errors';
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
  const [formError, setFormError] = useState<string | null>(null);
  const [mutate, { loading }] = useMutation(SignInMutation);

  if (token && user) return <Navigate to="/" replace />;

  const onFinish = async (values: SignInValues) => {
    setFormError(null);
    try {
      const { data } = await mutate({ variables: { input: { email: values.email.trim(), password: values.password } } });
      const payload = data?.signIn;
      if (!payload) return;
      if (payload.userErrors.length > 0 || !payload.token) {
        const fieldErrors = payload.userErrors.filter((e) => ['email', 'password'].includes(userErrorField(e) ?? ''));
        form.setFields(
          fieldErrors.map((e) => ({ name: userErrorField(e) as keyof SignInValues, errors: [describeUserError(e, t)] })),
        );
        const general = payload.userErrors.filter((e) => !fieldErrors.includes(e));
        if (general.length > 0) setFormError(general.map((e) => describeUserError(e, t)).join('；'));
        return;
      }
      await signIn(payload.token);
    } catch (error) {
      setFormError(describeRequestError(error, t));
    }
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
