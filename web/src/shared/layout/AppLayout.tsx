/**
 * The frame of every desk: the hall's name, the navigation this role may use, who is signed in
 * (with the window number for a clerk) and 退出.
 */
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_NAMES } from '../../../../domain/case/names';
import { type Role, loadSession, saveSession } from '../auth/session';
import { useSession } from '../auth/useSession';

const NAV: { key: string; label: string; roles: Role[] }[] = [
  { key: '/window', label: '综合窗口', roles: ['FRONT_DESK_CLERK'] },
  { key: '/department', label: '部门审批', roles: ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] },
  { key: '/manager', label: '中心管理', roles: ['CENTRE_MANAGER'] },
  { key: '/accounts', label: '账号管理', roles: ['ACCOUNT_ADMIN'] },
  { key: '/rectify', label: '整改督办', roles: ['DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD'] },
  { key: '/supervision', label: '督查督办', roles: ['SUPERVISOR', 'COMPLAINT_CENTRE', 'CENTRE_MANAGER'] },
  { key: '/cases', label: '办件查询', roles: ['FRONT_DESK_CLERK', 'DEPARTMENT_REVIEWER', 'DEPARTMENT_LEAD', 'CENTRE_MANAGER', 'SUPERVISOR', 'APPLICANT'] },
];

export function AppLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const items = NAV.filter((n) => session && n.roles.includes(session.user.role)).map((n) => ({ key: n.key, label: n.label }));
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  const signOut = async () => {
    const s = loadSession();
    if (s) {
      await fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: s.refreshToken }) }).catch(() => undefined);
    }
    saveSession(null);
    navigate('/login');
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16, whiteSpace: 'nowrap' }}>
          一窗综合受理平台
        </Typography.Text>
        <Menu theme="dark" mode="horizontal" selectedKeys={selected ? [selected] : []} items={items} onClick={(e) => navigate(e.key)} style={{ flex: 1, minWidth: 0 }} />
        {session && (
          <Space style={{ color: '#fff', whiteSpace: 'nowrap' }} data-testid="who">
            <span>
              {session.user.displayName}
              {session.user.windowNo ? ` · 窗口 ${session.user.windowNo}` : ''}
              {session.user.departmentCode ? ` · ${session.user.departmentCode}` : ''} · {ROLE_NAMES[session.user.role]}
            </span>
            <Button size="small" onClick={signOut}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
