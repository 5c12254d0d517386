import { WalletOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { EQUITY_NAV_GROUP } from '../equity/nav-group';

const CreditLinesPage = lazyPage(() => import('./CreditLinesPage').then((m) => m.CreditLinesPage));
const CreditLinePage = lazyPage(() => import('./CreditLinePage').then((m) => m.CreditLinePage));

export const routes: AppRoute[] = [
  {
    path: '/equity/credit-lines',
    area: 'console',
    permission: 'EQUITY_READ',
    nav: { key: 'credit-lines', label: 'creditLines.nav.lines', icon: <WalletOutlined />, order: 81, group: EQUITY_NAV_GROUP },
    element: <CreditLinesPage area="console" />,
  },
  { path: '/equity/credit-lines/:id', area: 'console', permission: 'EQUITY_READ', element: <CreditLinePage area="console" /> },
  {
    path: '/portal/credit-lines',
    area: 'portal',
    permission: 'EQUITY_READ',
    nav: { key: 'my-credit-lines', label: 'creditLines.nav.mine', icon: <WalletOutlined />, order: 37, group: EQUITY_NAV_GROUP },
    element: <CreditLinesPage area="portal" />,
  },
  { path: '/portal/credit-lines/:id', area: 'portal', permission: 'EQUITY_READ', element: <CreditLinePage area="portal" /> },
];
