import { AccountBookOutlined, FileTextOutlined, TagsOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { MONEY_NAV_GROUP } from './nav-group';

const PricesPage = lazyPage(() => import('./PricesPage').then((m) => m.PricesPage));
const InvoicesPage = lazyPage(() => import('./InvoicesPage').then((m) => m.InvoicesPage));
const InvoiceDetailPage = lazyPage(() => import('./InvoiceDetailPage').then((m) => m.InvoiceDetailPage));
const LedgerPage = lazyPage(() => import('./LedgerPage').then((m) => m.LedgerPage));

export const routes: AppRoute[] = [
  {
    path: '/billing/invoices',
    area: 'console',
    permission: 'BILLING_READ',
    nav: { key: 'billing-invoices', label: 'billing.nav.invoices', icon: <FileTextOutlined />, order: 70, group: MONEY_NAV_GROUP },
    element: <InvoicesPage />,
  },
  { path: '/billing/invoices/:id', area: 'console', permission: 'BILLING_READ', element: <InvoiceDetailPage /> },
  {
    path: '/billing/prices',
    area: 'console',
    permission: 'BILLING_READ',
    nav: { key: 'billing-prices', label: 'billing.nav.prices', icon: <TagsOutlined />, order: 71, group: MONEY_NAV_GROUP },
    element: <PricesPage />,
  },
  {
    path: '/billing/ledger',
    area: 'console',
    permission: 'BILLING_READ',
    nav: { key: 'billing-ledger', label: 'billing.nav.ledger', icon: <AccountBookOutlined />, order: 72, group: MONEY_NAV_GROUP },
    element: <LedgerPage />,
  },
];
