import { AccountBookOutlined, GiftOutlined } from '@ant-design/icons';
import { MONEY_NAV_GROUP } from '../billing/nav-group';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const BillsPage = lazyPage(() => import('./BillsPage').then((m) => m.BillsPage));
const VouchersPage = lazyPage(() => import('./VouchersPage').then((m) => m.VouchersPage));
const ApplyVoucherPage = lazyPage(() => import('./ApplyVoucherPage').then((m) => m.ApplyVoucherPage));
const InvoiceDetailPage = lazyPage(() => import('./InvoiceDetailPage').then((m) => m.InvoiceDetailPage));

export const routes: AppRoute[] = [
  {
    path: '/portal/bills',
    area: 'portal',
    permission: 'BILLING_READ',
    nav: { key: 'bills', label: 'billingPortal.nav.bills', icon: <AccountBookOutlined />, order: 32, group: MONEY_NAV_GROUP },
    element: <BillsPage />,
  },
  { path: '/portal/bills/:id', area: 'portal', permission: 'BILLING_READ', element: <InvoiceDetailPage /> },
  {
    path: '/portal/vouchers',
    area: 'portal',
    permission: 'BILLING_READ',
    nav: { key: 'vouchers', label: 'billingPortal.nav.vouchers', icon: <GiftOutlined />, order: 34, group: MONEY_NAV_GROUP },
    element: <VouchersPage />,
  },
  // Reached from My vouchers.
  { path: '/portal/vouchers/apply', area: 'portal', permission: 'VOUCHER_APPLY', element: <ApplyVoucherPage /> },
];
