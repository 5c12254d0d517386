import { ClusterOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

// The compute screens carry the scheduler and echarts: loaded on first visit, not with the shell.
const ComputePage = lazyPage(() => import('./ComputePage').then((m) => m.ComputePage));

export const routes: AppRoute[] = [
  {
    path: '/compute',
    area: 'console',
    permission: 'ALLOCATION_MANAGE',
    nav: { key: 'compute', label: 'nav.compute', icon: <ClusterOutlined />, order: 20 },
    element: <ComputePage />,
  },
];
