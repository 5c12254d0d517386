import { FileProtectOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { EQUITY_NAV_GROUP } from './nav-group';

const TermSheetsPage = lazyPage(() => import('./TermSheetsPage').then((m) => m.TermSheetsPage));
const ProposeTermSheetPage = lazyPage(() => import('./ProposeTermSheetPage').then((m) => m.ProposeTermSheetPage));
const TermSheetDetailPage = lazyPage(() => import('./TermSheetDetailPage').then((m) => m.TermSheetDetailPage));
const CounterOfferPage = lazyPage(() => import('./CounterOfferPage').then((m) => m.CounterOfferPage));

const BASE = '/equity/term-sheets';

export const routes: AppRoute[] = [
  {
    path: BASE,
    area: 'console',
    permission: 'EQUITY_READ',
    nav: { key: 'equity-term-sheets', label: 'equity.nav.termSheets', icon: <FileProtectOutlined />, order: 80, group: EQUITY_NAV_GROUP },
    element: <TermSheetsPage />,
  },
  { path: `${BASE}/new`, area: 'console', permission: 'EQUITY_NEGOTIATE', element: <ProposeTermSheetPage /> },
  { path: `${BASE}/:id`, area: 'console', permission: 'EQUITY_READ', element: <TermSheetDetailPage side="CENTRE" basePath={BASE} /> },
  { path: `${BASE}/:id/counter`, area: 'console', permission: 'EQUITY_NEGOTIATE', element: <CounterOfferPage basePath={BASE} /> },
];
