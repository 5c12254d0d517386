import { FormOutlined, HomeOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const PortalHomePage = lazyPage(() => import('./PortalHomePage').then((m) => m.PortalHomePage));
const ApplyProjectPage = lazyPage(() => import('./ApplyProjectPage').then((m) => m.ApplyProjectPage));

export const routes: AppRoute[] = [
  {
    path: '/portal',
    area: 'portal',
    permission: 'PROJECT_READ',
    nav: { key: 'portal', label: 'nav.portal', icon: <HomeOutlined />, order: 10 },
    element: <PortalHomePage />,
  },
  {
    path: '/portal/apply',
    area: 'portal',
    permission: 'PROJECT_APPLY',
    nav: { key: 'apply', label: 'nav.apply', icon: <FormOutlined />, order: 20 },
    element: <ApplyProjectPage />,
  },
];
