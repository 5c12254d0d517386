import type { AppRoute } from '../../shared/routing/app-route';
import { lazyPage } from '../../shared/routing/lazy-page';

const SignInPage = lazyPage(() => import('./SignInPage').then((m) => m.SignInPage));

export const routes: AppRoute[] = [{ path: '/sign-in', area: 'public', permission: null, element: <SignInPage /> }];
