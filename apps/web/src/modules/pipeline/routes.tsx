import { ProjectOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const PipelinePage = lazyPage(() => import('./PipelinePage').then((m) => m.PipelinePage));

export const routes: AppRoute[] = [
  {
    path: '/pipeline',
    area: 'console',
    permission: 'PIPELINE_READ',
    nav: { key: 'pipeline', label: 'nav.pipeline', icon: <ProjectOutlined />, order: 10 },
    element: <PipelinePage />,
  },
];
