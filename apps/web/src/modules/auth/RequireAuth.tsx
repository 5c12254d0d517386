import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { canOpen, homePathFor, type AppRoute } from '../../shared/routing/app-route';
import { useSession } from './session-context';

/** Renders children for a signed-in user; otherwise sends them to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { token, user, loading, error, refetch } = useSession();
  const location = useLocation();
  const { t } = useTranslation();

  if (!token) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  if (loading || (!user && !error)) {
    return (
      <div className="page-center">
        <Spin size="large" />
      </div>
    );
  }
  if (!user) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={describeRequestError(error, t)}
        extra={<Button onClick={refetch}>{t('common.retry')}</Button>}
      />
    );
  }
  return <>{children}</>;
}

/** What `/` is told about a page the user was turned away from; the shell says so. */
export interface DeniedState {
  denied: string;
}

export function deniedPath(state: unknown): string | undefined {
  const denied = (state as Partial<DeniedState> | null)?.denied;
  return typeof denied === 'string' ? denied : undefined;
}

/** A page the user may not open sends them home with the reason, never silently. */
export function RequireAccess({ route, children }: { route: AppRoute; children: ReactNode }) {
  const { user, can } = useSession();
  const { pathname } = useLocation();
  if (!user) return null;
  if (!canOpen(route, user.role, can)) return <Navigate to="/" replace state={{ denied: pathname } satisfies DeniedState} />;
  return <>{children}</>;
}

/** `/`: the first page of the user's menu (founders their portal, staff their console). */
export function HomeRedirect({ routes }: { routes: readonly AppRoute[] }) {
  const { user, can } = useSession();
  const { state } = useLocation();
  const { t } = useTranslation();
  if (!user) return null;
  const home = homePathFor(routes, user.role, can);
  if (!home) return <Result status="403" title={t('auth.noPages')} />;
  return <Navigate to={home} replace state={state} />;
}
