import { UserOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { SignInMutation } from '../auth/auth.operations';
import { useSession } from '../auth/session-context';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './accounts.operations';
import { PasswordField } from './PasswordField';

interface Values {
  displayName: string;
  password: string;
}

/** /invite/:token — the invited person names themselves, sets a password and is signed in. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const { formError, setFormError, submit } = useUserErrorForm(form);
  const preview = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading: accepting }] = useMutation(AcceptInvitationMutation);
  const [signIn, { loading: signingIn }] = useMutation(SignInMutation);
  const displayName = Form.useWatch('displayName', form);
  const invitation = preview.data?.invitation;

  const onFinish = async (values: Values) => {
    if (!invitation) return;
    const payload = await submit(
      async () => (await accept({ variables: { input: { token, displayName: values.displayName.trim(), password: values.password } } })).data?.acceptInvitation,
    );
    if (!payload?.user) return;
    try {
      // Signing in goes through the normal sign-in, so whatever session rules apply there apply here.
      const signed = await signIn({ variables: { input: { email: payload.user.email, password: values.password } } });
      const sessionToken = signed.data?.signIn.token;
      if (sessionToken) {
        await session.signIn(sessionToken);
        navigate('/', { replace: true });
      } else {
        navigate('/sign-in', { replace: true });
      }
    } catch (error) {
      setFormError(describeRequestError(error, t));
    }
  };

  let body;
  if (preview.loading) {
    body = <Spin />;
  } else if (preview.error) {
    body = <Alert type="error" showIcon title={describeRequestError(preview.error, t)} />;
  } else if (!invitation) {
    body = (
      <Result
        status="warning"
        title={t('invite.invalidTitle')}
        subTitle={t('invite.invalidBody')}
        extra={<Link to="/sign-in">{t('invite.toSignIn')}</Link>}
        data-testid="invite-invalid"
      />
    );
  } else {
    body = (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('invite.title', { organisation: invitation.organisationName })}
        </Typography.Title>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('invite.organisation')}>
            <span data-testid="invite-organisation">{invitation.organisationName}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('auth.email')}>
            <span data-testid="invite-email">{invitation.email}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('invite.expiresAt')}>{formatDateTime(invitation.expiresAt)}</Descriptions.Item>
        </Descriptions>
        {formError && <Alert type="error" showIcon title={formError} data-testid="invite-error" />}
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={onFinish} size="large">
          <Form.Item
            name="displayName"
            label={t('invite.displayName')}
            rules={[{ required: true, whitespace: true, max: 80, message: t('invite.displayNameRule') }]}
          >
            <Input prefix={<UserOutlined />} maxLength={80} autoComplete="name" data-testid="invite-display-name" />
          </Form.Item>
          <PasswordField
            name="password"
            label={t('password.new')}
            personalDetails={[invitation.email, displayName, invitation.organisationName]}
            testId="invite-password"
          />
          <Button type="primary" htmlType="submit" block loading={accepting || signingIn} data-testid="invite-submit">
            {t('invite.submit')}
          </Button>
        </Form>
      </Space>
    );
  }

  return (
    <div className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="sign-in-card" variant="borderless" data-testid="invite-page">
        {body}
      </Card>
    </div>
  );
}
