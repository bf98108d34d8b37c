/**
 * The app shell: Ant Design in Chinese, TanStack Query, the router. Every desk is a lazy route,
 * so the first load carries only the shell and sign-in; /big-screen (outside the desk frame) and
 * the manager console carry ECharts in their own chunks; /portal will join here.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { AppLayout } from '../shared/layout/AppLayout';
import { RequireRole, useSession } from '../shared/auth/useSession';
import { homeOf } from '../shared/auth/session';
import { ApiProblem } from '../shared/api/client';

dayjs.locale('zh-cn');

const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const WindowDesk = lazy(() => import('../features/window/WindowDesk'));
const NoticePrintPage = lazy(() => import('../features/window/NoticePrintPage'));
const DepartmentDesk = lazy(() => import('../features/department/DepartmentDesk'));
const CaseFilePage = lazy(() => import('../features/case-file/CaseFilePage'));
const CaseSearchPage = lazy(() => import('../features/cases/CaseSearchPage'));
const BigScreenPage = lazy(() => import('../features/big-screen/BigScreenPage'));
const ManagerConsole = lazy(() => import('../features/manager/ManagerConsole'));
const AccountsPage = lazy(() => import('../features/accounts/AccountsPage'));
const SupervisorConsole = lazy(() => import('../features/supervisor/SupervisorConsole'));
const DepartmentSupervision = lazy(() => import('../features/supervisor/DepartmentSupervision'));
const PublicRatingPage = lazy(() => import('../features/rating/PublicRatingPage'));
const PortalApp = lazy(() => import('../features/portal/PortalApp'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, e) => count < 2 && !(e instanceof ApiProblem && e.status < 500),
      refetchOnWindowFocus: true,
      staleTime: 2_000,
    },
  },
});

function Home() {
  const session = useSession();
  return <Navigate to={session ? homeOf(session.user.role) : '/login'} replace />;
}

const loading = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);

export function App() {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#b7202e', borderRadius: 4 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Suspense fallback={loading}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/big-screen" element={<BigScreenPage />} />
                <Route path="/portal/rate" element={<PublicRatingPage />} />
                <Route path="/portal/*" element={<PortalApp />} />
                <Route path="/print/:caseNo/:kind" element={<RequireRole roles={['FRONT_DESK_CLERK', 'CENTRE_MANAGER', 'SUPERVISOR']}><NoticePrintPage /></RequireRole>} />
                <Route element={<AppLayout />}>
                  <Route path="/" element={<Home />} />
                  <Route path="/window/*" element={<RequireRole roles={['FRONT_DESK_CLERK']}><WindowDesk /></RequireRole>} />
                  <Route path="/department" element={<RequireRole roles={['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD']}><DepartmentDesk /></RequireRole>} />
                  <Route path="/cases" element={<RequireRole roles={['FRONT_DESK_CLERK', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD', 'CENTRE_MANAGER', 'SUPERVISOR', 'APPLICANT']}><CaseSearchPage /></RequireRole>} />
                  <Route path="/cases/:caseNo" element={<RequireRole roles={['FRONT_DESK_CLERK', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD', 'CENTRE_MANAGER', 'SUPERVISOR', 'APPLICANT']}><CaseFilePage /></RequireRole>} />
                  <Route path="/manager/*" element={<RequireRole roles={['CENTRE_MANAGER']}><ManagerConsole /></RequireRole>} />
                  <Route path="/accounts" element={<RequireRole roles={['ACCOUNT_ADMIN']}><AccountsPage /></RequireRole>} />
                  <Route path="/supervision/:tab?" element={<RequireRole roles={['SUPERVISOR', 'COMPLAINT_CENTRE', 'CENTRE_MANAGER']}><SupervisorConsole /></RequireRole>} />
                  <Route path="/rectify/:tab?" element={<RequireRole roles={['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD']}><DepartmentSupervision /></RequireRole>} />
                  <Route path="*" element={<Home />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
