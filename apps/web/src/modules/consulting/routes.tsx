import { CustomerServiceOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { CONSULTING_NAV_GROUP } from './nav-group';

const MyTicketsPage = lazyPage(() => import('./MyTicketsPage').then((m) => m.MyTicketsPage));
const NewTicketPage = lazyPage(() => import('./NewTicketPage').then((m) => m.NewTicketPage));
const QueuePage = lazyPage(() => import('./QueuePage').then((m) => m.QueuePage));
const SatisfactionPage = lazyPage(() => import('./SatisfactionPage').then((m) => m.SatisfactionPage));
const TicketPage = lazyPage(() => import('./TicketPage').then((m) => m.TicketPage));

export const routes: AppRoute[] = [
  {
    path: '/portal/consulting',
    area: 'portal',
    permission: 'TICKET_WRITE',
    nav: { key: 'consulting', label: 'consulting.nav.mine', icon: <QuestionCircleOutlined />, order: 39, group: CONSULTING_NAV_GROUP },
    element: <MyTicketsPage />,
  },
  // Reached from My questions and from "Ask about this" on other pages (with ?linkedKind=&linkedId=).
  { path: '/portal/consulting/new', area: 'portal', permission: 'TICKET_WRITE', element: <NewTicketPage /> },
  { path: '/portal/consulting/:id', area: 'portal', permission: 'TICKET_WRITE', element: <TicketPage area="portal" /> },
  {
    path: '/consulting',
    area: 'console',
    permission: 'TICKET_WORK',
    nav: { key: 'consulting-queue', label: 'consulting.nav.queue', icon: <CustomerServiceOutlined />, order: 85, group: CONSULTING_NAV_GROUP },
    element: <QueuePage />,
  },
  { path: '/consulting/satisfaction', area: 'console', permission: 'CONSULTING_MANAGE', element: <SatisfactionPage /> },
  { path: '/consulting/:id', area: 'console', permission: 'TICKET_WORK', element: <TicketPage area="console" /> },
];
