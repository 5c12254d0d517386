import { BookOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { CONSULTING_NAV_GROUP } from '../consulting/nav-group';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const KbListPage = lazyPage(() => import('./KbListPage').then((m) => m.KbListPage));
const KbEditorPage = lazyPage(() => import('./KbEditorPage').then((m) => m.KbEditorPage));
const HelpCentrePage = lazyPage(() => import('./HelpCentrePage').then((m) => m.HelpCentrePage));
const HelpArticlePage = lazyPage(() => import('./HelpArticlePage').then((m) => m.HelpArticlePage));

export const routes: AppRoute[] = [
  {
    path: '/kb',
    area: 'console',
    permission: 'KB_WRITE',
    nav: { key: 'kb', label: 'kb.nav', icon: <BookOutlined />, order: 86, group: CONSULTING_NAV_GROUP },
    element: <KbListPage />,
  },
  { path: '/kb/:id', area: 'console', permission: 'KB_WRITE', element: <KbEditorPage /> },
  {
    path: '/portal/help',
    area: 'portal',
    permission: 'KB_READ',
    nav: { key: 'help', label: 'kb.helpNav', icon: <QuestionCircleOutlined />, order: 40, group: CONSULTING_NAV_GROUP },
    element: <HelpCentrePage />,
  },
  { path: '/portal/help/:slug', area: 'portal', permission: 'KB_READ', element: <HelpArticlePage /> },
];
