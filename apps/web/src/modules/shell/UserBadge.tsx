import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser, useSession } from '../auth/session-context';

export function UserBadge() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();

  return (
    <Space size="middle">
      <Space size="small">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} aria-label={user.displayName} />
        <Typography.Text data-testid="current-user" className="user-badge-name">
          {user.displayName}
        </Typography.Text>
        <Tag variant="filled" color="blue" className="user-badge-role">
          {t(`enums.Role.${user.role}`)}
        </Tag>
      </Space>
      <Link to="/account/password" data-testid="nav-change-password" title={t('password.title')}>
        <KeyOutlined /> <span className="user-badge-label">{t('password.menu')}</span>
      </Link>
      <Button
        icon={<LogoutOutlined />}
        data-testid="sign-out"
        onClick={async () => {
          await signOut();
          navigate('/sign-in', { replace: true });
        }}
      >
        <span className="user-badge-label">{t('auth.signOut')}</span>
      </Button>
    </Space>
  );
}
