import { Layout, Menu, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../auth/session-context';
import { LanguageSwitch } from './LanguageSwitch';
import { navItemsFor, selectedNavKey } from './nav-items';
import { UserBadge } from './UserBadge';

export function AppShell() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const items = navItemsFor(user.role, t);
  const selected = selectedNavKey(items, pathname);

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        <Link to="/" className="app-brand">
          <span className="brand-mark brand-mark-small">算</span>
          <Typography.Text strong className="app-brand-name">
            {t('app.name')}
          </Typography.Text>
        </Link>
        <Menu
          mode="horizontal"
          className="app-menu"
          selectedKeys={selected ? [selected] : []}
          items={items.map((item) => ({
            key: item.key,
            icon: item.icon,
            label: (
              <Link to={item.path} data-testid={`nav-${item.key}`}>
                {item.label}
              </Link>
            ),
          }))}
        />
        <div className="app-header-right">
          <LanguageSwitch />
          <UserBadge />
        </div>
      </Layout.Header>
      <Layout.Content className="app-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
