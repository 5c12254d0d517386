import { PieChartOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { EQUITY_NAV_GROUP } from '../equity/nav-group';

// The cap-table pages carry the chart: loaded on first visit.
const CapTablesListPage = lazyPage(() => import('./CapTablesListPage').then((m) => m.CapTablesListPage));
const CapTablePage = lazyPage(() => import('./CapTablePage').then((m) => m.CapTablePage));
const PortalCapTablePage = lazyPage(() => import('./PortalCapTablePage').then((m) => m.PortalCapTablePage));

export const routes: AppRoute[] = [
  {
    path: '/equity/cap-tables',
    area: 'console',
    permission: 'EQUITY_READ',
    nav: { key: 'cap-tables', label: 'capTables.nav.list', icon: <PieChartOutlined />, order: 82, group: EQUITY_NAV_GROUP },
    element: <CapTablesListPage />,
  },
  // Reached from the list.
  { path: '/equity/cap-tables/:organisationId', area: 'console', permission: 'EQUITY_READ', element: <CapTablePage /> },
  {
    path: '/portal/cap-table',
    area: 'portal',
    permission: 'EQUITY_READ',
    nav: { key: 'cap-table', label: 'capTables.nav.portal', icon: <PieChartOutlined />, order: 38, group: EQUITY_NAV_GROUP },
    element: <PortalCapTablePage />,
  },
];
