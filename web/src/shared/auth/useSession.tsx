import { Result } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { type Role, type Session, loadSession, onSessionChange } from './session';

export function useSession(): Session | null {
  const [session, setSession] = useState(loadSession);
  useEffect(() => {
    const off = onSessionChange(setSession);
    const onStorage = () => setSession(loadSession());
    window.addEventListener('storage', onStorage);
    return () => {
      off();
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return session;
}

/** A page only some roles may use: others see why, the signed-out are sent to sign in. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!roles.includes(session.user.role)) return <Result status="403" title="无权访问" subTitle="您的角色不能使用此页面。" />;
  return <>{children}</>;
}
