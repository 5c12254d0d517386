import { AuditOutlined, TeamOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { SETTINGS_NAV_GROUP } from '../working-calendar/nav-group';

const AuditPage = lazyPage(() => import('./AuditPage').then((m) => m.AuditPage));
const ChangePasswordPage = lazyPage(() => import('./ChangePasswordPage').then((m) => m.ChangePasswordPage));
const InvitePage = lazyPage(() => import('./InvitePage').then((m) => m.InvitePage));
const MembersPage = lazyPage(() => import('./MembersPage').then((m) => m.MembersPage));

export const routes: AppRoute[] = [
  { path: '/invite/:token', area: 'public', permission: null, element: <InvitePage /> },
  { path: '/account/password', area: 'signed-in', permission: null, element: <ChangePasswordPage /> },
  {
    path: '/audit',
    area: 'console',
    permission: 'AUDIT_READ',
    nav: { key: 'audit', label: 'nav.audit', icon: <AuditOutlined />, order: 60, group: SETTINGS_NAV_GROUP },
    element: <AuditPage />,
  },
  {
    path: '/portal/members',
    area: 'portal',
    permission: 'INVITATION_READ',
    nav: { key: 'members', label: 'nav.members', icon: <TeamOutlined />, order: 40 },
    element: <MembersPage />,
  },
];
