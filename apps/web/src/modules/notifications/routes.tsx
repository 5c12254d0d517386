import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const NotificationPreferencesPage = lazyPage(() => import('./NotificationPreferencesPage').then((m) => m.NotificationPreferencesPage));

export const routes: AppRoute[] = [{ path: '/account/notifications', area: 'signed-in', permission: null, element: <NotificationPreferencesPage /> }];
