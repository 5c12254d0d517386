import { ThunderboltOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

// Carries the scheduler (the what-if runs in the browser): loaded on first visit.
const RequestComputePage = lazyPage(() => import('./RequestComputePage').then((m) => m.RequestComputePage));

export const routes: AppRoute[] = [
  {
    path: '/portal/compute',
    area: 'portal',
    permission: 'ALLOCATION_REQUEST',
    nav: { key: 'request-compute', label: 'nav.requestCompute', icon: <ThunderboltOutlined />, order: 30 },
    element: <RequestComputePage />,
  },
];
