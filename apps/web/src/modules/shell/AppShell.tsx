import { MenuOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { navItemsFor, navSlots, selectedNavKey, type AppRoute, type NavItem } from '../../shared/routing/app-route';
import { deniedPath } from '../auth/RequireAuth';
import { useCurrentUser, useSession } from '../auth/session-context';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { UserBadge } from './UserBadge';

function NavMenu({ items, selected, mode, onNavigate }: { items: NavItem[]; selected?: string; mode: 'horizontal' | 'inline'; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const entry = (item: NavItem) => ({
    key: item.key,
    icon: item.icon,
    label: (
      <Link to={item.path} data-testid={`nav-${item.key}`}>
        {t(item.label)}
      </Link>
    ),
  });
  // The drawer has room: flat. The header folds groups into submenus.
  const menuItems =
    mode === 'inline'
      ? items.map(entry)
      : navSlots(items).map((slot) =>
          slot.kind === 'item'
            ? entry(slot.item)
            : { key: `group-${slot.group.key}`, icon: slot.group.icon, label: <span data-testid={`nav-group-${slot.group.key}`}>{t(slot.group.label)}</span>, children: slot.items.map(entry) },
        );
  return (
    <Menu
      mode={mode}
      className={mode === 'horizontal' ? 'app-menu' : 'app-menu-drawer'}
      selectedKeys={selected ? [selected] : []}
      onClick={onNavigate}
      items={menuItems}
    />
  );
}

/** Below antd's `md` (768 px) the menu moves into a drawer behind a button, so the header fits a phone. */
export function AppShell({ routes }: { routes: readonly AppRoute[] }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { can } = useSession();
  const { pathname, state } = useLocation();
  const wide = Grid.useBreakpoint().md ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const items = navItemsFor(routes, user.role, can);
  const selected = selectedNavKey(items, pathname);
  const denied = deniedPath(state);

  return (
    <Layout className="app-shell">
      <Layout.Header className="app-header">
        {!wide && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label={t('nav.open')}
            data-testid="nav-menu-button"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="app-brand">
          <span className="brand-mark brand-mark-small">算</span>
          <Typography.Text strong className="app-brand-name">
            {t('app.name')}
          </Typography.Text>
        </Link>
        {wide ? <NavMenu items={items} selected={selected} mode="horizontal" /> : <div className="app-header-spacer" />}
        <div className="app-header-right">
          <LanguageSwitch />
          <NotificationBell />
          <UserBadge />
        </div>
      </Layout.Header>
      {!wide && (
        <Drawer
          placement="left"
          size={260}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.name')}
          rootClassName="app-nav-drawer"
        >
          <div data-testid="nav-drawer">
            <NavMenu items={items} selected={selected} mode="inline" onNavigate={() => setDrawerOpen(false)} />
          </div>
        </Drawer>
      )}
      <Layout.Content className="app-content">
        {denied && (
          <Alert
            type="warning"
            showIcon
            closable
            className="app-denied"
            data-testid="access-denied"
            title={t('auth.noAccess')}
            description={t('auth.noAccessDetail', { path: denied })}
          />
        )}
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
