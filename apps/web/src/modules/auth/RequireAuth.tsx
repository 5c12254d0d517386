import type { Role } from '@suanli/domain';
import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { useSession } from './session-context';

/** Renders children for a signed-in user whose role is allowed; otherwise redirects. */
export function RequireAuth({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
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
  if (roles && !roles.includes(user.role)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

/** `/`: founders land in their portal, the centre's staff on their console. */
export function HomeRedirect() {
  const { user } = useSession();
  if (!user) return null;
  if (user.role === 'FOUNDER') return <Navigate to="/portal" replace />;
  if (user.role === 'CONSULTANT') return <Navigate to="/projects" replace />;
  return <Navigate to="/pipeline" replace />;
}
