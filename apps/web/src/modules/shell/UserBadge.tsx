import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Dropdown, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, useSession } from '../auth/session-context';

/** The signed-in person, and their menu: change password, sign out (which ends the session on the server too). */
export function UserBadge() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const navigate = useNavigate();

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'change-password',
            icon: <KeyOutlined />,
            label: <span data-testid="nav-change-password">{t('password.menu')}</span>,
            onClick: () => navigate('/account/password'),
          },
          {
            key: 'notification-settings',
            icon: <BellOutlined />,
            label: <span data-testid="nav-notification-settings">{t('notifications.menu')}</span>,
            onClick: () => navigate('/account/notifications'),
          },
          {
            key: 'sign-out',
            icon: <LogoutOutlined />,
            label: <span data-testid="sign-out">{t('auth.signOut')}</span>,
            onClick: async () => {
              await signOut();
              navigate('/sign-in', { replace: true });
            },
          },
        ],
      }}
    >
      <a className="user-menu" data-testid="user-menu" aria-label={t('auth.userMenu')} onClick={(event) => event.preventDefault()} href="#">
        <Space size="small">
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
          <Typography.Text data-testid="current-user" className="user-menu-name">
            {user.displayName}
          </Typography.Text>
          <Tag variant="filled" color="blue" className="user-menu-role">
            {t(`enums.Role.${user.role}`)}
          </Tag>
          <DownOutlined style={{ fontSize: 10 }} />
        </Space>
      </a>
    </Dropdown>
  );
}
