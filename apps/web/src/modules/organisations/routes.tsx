import { BankOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const OrganisationsPage = lazyPage(() => import('./OrganisationsPage').then((m) => m.OrganisationsPage));

export const routes: AppRoute[] = [
  {
    path: '/organisations',
    area: 'console',
    permission: 'ORGANISATION_READ',
    nav: { key: 'organisations', label: 'nav.organisations', icon: <BankOutlined />, order: 40 },
    element: <OrganisationsPage />,
  },
];
