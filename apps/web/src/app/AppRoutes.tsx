import { STAFF_ROLES } from '@suanli/domain';
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { HomeRedirect, RequireAuth } from '../modules/auth/RequireAuth';
import { SignInPage } from '../modules/auth/SignInPage';
import { AuditPage } from '../modules/accounts/AuditPage';
import { ChangePasswordPage } from '../modules/accounts/ChangePasswordPage';
import { InvitePage } from '../modules/accounts/InvitePage';
import { MembersPage } from '../modules/accounts/MembersPage';
import { OrganisationsPage } from '../modules/organisations/OrganisationsPage';
import { PipelinePage } from '../modules/pipeline/PipelinePage';
import { ApplyProjectPage } from '../modules/portal/ApplyProjectPage';
import { PortalHomePage } from '../modules/portal/PortalHomePage';
import { ProjectDetailPage } from '../modules/projects/ProjectDetailPage';
import { ProjectsPage } from '../modules/projects/ProjectsPage';
import { AppShell } from '../modules/shell/AppShell';
import { UsersPage } from '../modules/users/UsersPage';

const PIPELINE_ROLES = ['ADMIN', 'MANAGER'] as const;

// The compute screens carry the scheduler and echarts: loaded on first visit, not with the shell.
const ComputePage = lazy(() => import('../modules/compute/ComputePage').then((m) => ({ default: m.ComputePage })));
const RequestComputePage = lazy(() => import('../modules/compute-portal/RequestComputePage').then((m) => ({ default: m.RequestComputePage })));

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

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="/invite/:token" element={<InvitePage />} />
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route
          path="pipeline"
          element={
            <RequireAuth roles={PIPELINE_ROLES}>
              <PipelinePage />
            </RequireAuth>
          }
        />
        <Route
          path="compute"
          element={
            <RequireAuth roles={PIPELINE_ROLES}>
              <Lazy>
                <ComputePage />
              </Lazy>
            </RequireAuth>
          }
        />
        <Route
          path="projects"
          element={
            <RequireAuth roles={STAFF_ROLES}>
              <ProjectsPage />
            </RequireAuth>
          }
        />
        <Route
          path="projects/:id"
          element={
            <RequireAuth roles={STAFF_ROLES}>
              <ProjectDetailPage backTo="/pipeline" />
            </RequireAuth>
          }
        />
        <Route
          path="organisations"
          element={
            <RequireAuth roles={STAFF_ROLES}>
              <OrganisationsPage />
            </RequireAuth>
          }
        />
        <Route
          path="users"
          element={
            <RequireAuth roles={['ADMIN']}>
              <UsersPage />
            </RequireAuth>
          }
        />
        <Route path="account/password" element={<ChangePasswordPage />} />
        <Route
          path="audit"
          element={
            <RequireAuth roles={['ADMIN']}>
              <AuditPage />
            </RequireAuth>
          }
        />
        <Route path="portal">
          <Route
            index
            element={
              <RequireAuth roles={['FOUNDER']}>
                <PortalHomePage />
              </RequireAuth>
            }
          />
          <Route
            path="apply"
            element={
              <RequireAuth roles={['FOUNDER']}>
                <ApplyProjectPage />
              </RequireAuth>
            }
          />
          <Route
            path="members"
            element={
              <RequireAuth roles={['FOUNDER']}>
                <MembersPage />
              </RequireAuth>
            }
          />
          <Route
            path="compute"
            element={
              <RequireAuth roles={['FOUNDER']}>
                <Lazy>
                  <RequestComputePage />
                </Lazy>
              </RequireAuth>
            }
          />
          <Route
            path="projects/:id"
            element={
              <RequireAuth roles={['FOUNDER']}>
                <ProjectDetailPage backTo="/portal" />
              </RequireAuth>
            }
          />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
