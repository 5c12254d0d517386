import { AuditOutlined, GiftOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { MONEY_NAV_GROUP } from '../billing/nav-group';

// The programme dashboard carries the charts: loaded on first visit.
const ProgrammesPage = lazyPage(() => import('./ProgrammesPage').then((m) => m.ProgrammesPage));
const ApplicationsPage = lazyPage(() => import('./ApplicationsPage').then((m) => m.ApplicationsPage));

export const routes: AppRoute[] = [
  {
    path: '/vouchers',
    area: 'console',
    permission: 'VOUCHER_MANAGE',
    nav: { key: 'vouchers', label: 'vouchers.nav.programmes', icon: <GiftOutlined />, order: 75, group: MONEY_NAV_GROUP },
    element: <ProgrammesPage />,
  },
  {
    path: '/vouchers/applications',
    area: 'console',
    permission: 'VOUCHER_MANAGE',
    nav: { key: 'voucher-applications', label: 'vouchers.nav.applications', icon: <AuditOutlined />, order: 76, group: MONEY_NAV_GROUP },
    element: <ApplicationsPage />,
  },
];
