import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { HomeRedirect, RequireAccess, RequireAuth } from '../modules/auth/RequireAuth';
import { AppShell } from '../modules/shell/AppShell';
import { MODULE_ROUTES } from './module-routes';

function Lazy({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <div className="page-center">
          <Spin size="large" />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}

const publicRoutes = MODULE_ROUTES.filter((route) => route.area === 'public');
const shellRoutes = MODULE_ROUTES.filter((route) => route.area !== 'public');

export function AppRoutes() {
  return (
    <Routes>
      {publicRoutes.map((route) => (
        <Route key={route.path} path={route.path} element={<Lazy>{route.element}</Lazy>} />
      ))}
      <Route
        element={
          <RequireAuth>
            <AppShell routes={shellRoutes} />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect routes={shellRoutes} />} />
        {shellRoutes.map((route) => (
          <Route
            key={route.path}
            path={route.path}
            element={
              <RequireAccess route={route}>
                <Lazy>{route.element}</Lazy>
              </RequireAccess>
            }
          />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
