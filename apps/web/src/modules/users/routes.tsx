import { TeamOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { SETTINGS_NAV_GROUP } from '../working-calendar/nav-group';

const UsersPage = lazyPage(() => import('./UsersPage').then((m) => m.UsersPage));

export const routes: AppRoute[] = [
  {
    path: '/users',
    area: 'console',
    permission: 'USER_WRITE',
    nav: { key: 'users', label: 'nav.users', icon: <TeamOutlined />, order: 50, group: SETTINGS_NAV_GROUP },
    element: <UsersPage />,
  },
];
