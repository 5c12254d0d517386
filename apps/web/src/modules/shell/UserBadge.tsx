import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSession } from '../auth/session-context';

export function UserBadge() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();

  return (
    <Space size="middle">
      <Space size="small">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
        <Typography.Text data-testid="current-user">{user.displayName}</Typography.Text>
        <Tag variant="filled" color="blue">
          {t(`enums.Role.${user.role}`)}
        </Tag>
      </Space>
      <Button
        icon={<LogoutOutlined />}
        data-testid="sign-out"
        onClick={async () => {
          await signOut();
          navigate('/sign-in', { replace: true });
        }}
      >
        {t('auth.signOut')}
      </Button>
    </Space>
  );
}
