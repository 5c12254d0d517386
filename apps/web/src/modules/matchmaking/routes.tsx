import { ApartmentOutlined, BulbOutlined, FunnelPlotOutlined, InboxOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';
import { MATCHMAKING_NAV_GROUP as group } from './nav-group';

const ResourcesPage = lazyPage(() => import('./ResourcesPage').then((m) => m.ResourcesPage));
const ResourceFormPage = lazyPage(() => import('./ResourceFormPage').then((m) => m.ResourceFormPage));
const NeedsPage = lazyPage(() => import('./NeedsPage').then((m) => m.NeedsPage));
const SuggestionsPage = lazyPage(() => import('./SuggestionsPage').then((m) => m.SuggestionsPage));
const IntroductionsPage = lazyPage(() => import('./IntroductionsPage').then((m) => m.IntroductionsPage));
const IntroductionPage = lazyPage(() => import('./IntroductionPage').then((m) => m.IntroductionPage));
const FunnelPage = lazyPage(() => import('./FunnelPage').then((m) => m.FunnelPage));
const MyNeedsPage = lazyPage(() => import('./MyNeedsPage').then((m) => m.MyNeedsPage));
const MyIntroductionsPage = lazyPage(() => import('./MyIntroductionsPage').then((m) => m.MyIntroductionsPage));

// Console entries sit after consulting (85–86) and before the settings (90); portal ones after the members page (40).
export const routes: AppRoute[] = [
  {
    path: '/matchmaking/suggestions',
    area: 'console',
    permission: 'MATCHMAKING_MANAGE',
    nav: { key: 'matchmaking-suggestions', label: 'matchmaking.nav.suggestions', icon: <BulbOutlined />, order: 87.1, group },
    element: <SuggestionsPage />,
  },
  {
    path: '/matchmaking/needs',
    area: 'console',
    permission: 'MATCHMAKING_MANAGE',
    nav: { key: 'matchmaking-needs', label: 'matchmaking.nav.needs', icon: <InboxOutlined />, order: 87.2, group },
    element: <NeedsPage />,
  },
  {
    path: '/matchmaking/resources',
    area: 'console',
    permission: 'MATCHMAKING_MANAGE',
    nav: { key: 'matchmaking-resources', label: 'matchmaking.nav.resources', icon: <ApartmentOutlined />, order: 87.3, group },
    element: <ResourcesPage />,
  },
  { path: '/matchmaking/resources/new', area: 'console', permission: 'MATCHMAKING_MANAGE', element: <ResourceFormPage /> },
  { path: '/matchmaking/resources/:id', area: 'console', permission: 'MATCHMAKING_MANAGE', element: <ResourceFormPage /> },
  {
    // Staff who own a resource (a consultant as mentor) answer here too.
    path: '/matchmaking/introductions',
    area: 'console',
    permission: 'MATCHMAKING_READ',
    nav: { key: 'matchmaking-introductions', label: 'matchmaking.nav.introductions', icon: <SolutionOutlined />, order: 87.4, group },
    element: <IntroductionsPage />,
  },
  // Where the notifications about an introduction lead (apps/api/src/matchmaking/services/introduction-notices.ts).
  { path: '/matchmaking/introductions/:id', area: 'console', permission: 'MATCHMAKING_READ', element: <IntroductionPage area="console" /> },
  {
    path: '/matchmaking/funnel',
    area: 'console',
    permission: 'MATCHMAKING_MANAGE',
    nav: { key: 'matchmaking-funnel', label: 'matchmaking.nav.funnel', icon: <FunnelPlotOutlined />, order: 87.5, group },
    element: <FunnelPage />,
  },
  {
    path: '/portal/matchmaking/needs',
    area: 'portal',
    permission: 'MATCHMAKING_TAKE_PART',
    nav: { key: 'my-needs', label: 'matchmaking.nav.myNeeds', icon: <InboxOutlined />, order: 41, group },
    element: <MyNeedsPage />,
  },
  {
    path: '/portal/matchmaking/introductions',
    area: 'portal',
    permission: 'MATCHMAKING_READ',
    nav: { key: 'my-introductions', label: 'matchmaking.nav.myIntroductions', icon: <TeamOutlined />, order: 42, group },
    element: <MyIntroductionsPage />,
  },
  { path: '/portal/matchmaking/introductions/:id', area: 'portal', permission: 'MATCHMAKING_READ', element: <IntroductionPage area="portal" /> },
];
