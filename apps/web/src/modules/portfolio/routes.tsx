import { PieChartOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { EQUITY_NAV_GROUP } from '../equity/nav-group';

// The portfolio carries the charts: loaded on first visit.
const PortfolioPage = lazyPage(() => import('./PortfolioPage').then((m) => m.PortfolioPage));

export const routes: AppRoute[] = [
  {
    path: '/equity/portfolio',
    area: 'console',
    permission: 'EQUITY_READ',
    nav: { key: 'portfolio', label: 'portfolio.nav.portfolio', icon: <PieChartOutlined />, order: 83, group: EQUITY_NAV_GROUP },
    element: <PortfolioPage />,
  },
];
