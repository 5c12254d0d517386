import { FileProtectOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { EQUITY_NAV_GROUP } from '../equity/nav-group';

const TermSheetsPortalPage = lazyPage(() => import('./TermSheetsPortalPage').then((m) => m.TermSheetsPortalPage));
// The review and counter-offer screens are the console's own, seen from the founders' side.
const TermSheetDetailPage = lazyPage(() => import('../equity/TermSheetDetailPage').then((m) => m.TermSheetDetailPage));
const CounterOfferPage = lazyPage(() => import('../equity/CounterOfferPage').then((m) => m.CounterOfferPage));

const BASE = '/portal/term-sheets';

export const routes: AppRoute[] = [
  {
    path: BASE,
    area: 'portal',
    permission: 'EQUITY_READ',
    nav: { key: 'term-sheets', label: 'equityPortal.nav.termSheets', icon: <FileProtectOutlined />, order: 36, group: EQUITY_NAV_GROUP },
    element: <TermSheetsPortalPage />,
  },
  { path: `${BASE}/:id`, area: 'portal', permission: 'EQUITY_READ', element: <TermSheetDetailPage side="FOUNDER" basePath={BASE} /> },
  { path: `${BASE}/:id/counter`, area: 'portal', permission: 'EQUITY_NEGOTIATE', element: <CounterOfferPage basePath={BASE} /> },
];
