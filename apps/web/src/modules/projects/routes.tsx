import { UnorderedListOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const ProjectsPage = lazyPage(() => import('./ProjectsPage').then((m) => m.ProjectsPage));
const ProjectDetailPage = lazyPage(() => import('./ProjectDetailPage').then((m) => m.ProjectDetailPage));

export const routes: AppRoute[] = [
  {
    path: '/projects',
    area: 'console',
    permission: 'PROJECT_READ',
    nav: { key: 'projects', label: 'nav.projects', icon: <UnorderedListOutlined />, order: 30 },
    element: <ProjectsPage />,
  },
  { path: '/projects/:id', area: 'console', permission: 'PROJECT_READ', element: <ProjectDetailPage backTo="/pipeline" /> },
  // A founder reads their own project inside the portal.
  { path: '/portal/projects/:id', area: 'portal', permission: 'PROJECT_READ', element: <ProjectDetailPage backTo="/portal" /> },
];
