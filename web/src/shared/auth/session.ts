/**
 * The signed-in session: access token, refresh token and who is signed in, kept in localStorage
 * so that a reload or a second tab stays signed in. The access token is renewed silently before
 * it expires (and once more when the API answers 401), so a clerk never notices.
 */
export type Role = 'FRONT_DESK_CLERK' | 'DEPARTMENT_REVIEWER' | 'DEPARTMENT_LEAD' | 'CENTRE_MANAGER' | 'SUPERVISOR' | 'APPLICANT' | 'ACCOUNT_ADMIN' | 'COMPLAINT_CENTRE';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentCode?: string;
  windowNo?: string;
}

export interface Session {
  token: string;
  refreshToken: string;
  /** epoch ms when the access token expires */
  expiresAt: number;
  user: SessionUser;
}

const KEY = 'onewindow.session';
/** Set when a session ended by itself (refresh refused): the sign-in page says so once. */
export const EXPIRED_KEY = 'onewindow.session-expired';
const listeners = new Set<(s: Session | null) => void>();

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function saveSession(s: Session | null): void {
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
  for (const l of listeners) l(s);
}

export function onSessionChange(l: (s: Session | null) => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export interface TokenAnswer {
  token: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; username: string; displayName: string; role: string; departmentCode?: string; windowNo?: string };
}

export const sessionOf = (a: TokenAnswer): Session => ({ token: a.token, refreshToken: a.refreshToken, expiresAt: Date.now() + a.expiresIn * 1000, user: a.user as SessionUser });

let refreshing: Promise<Session | null> | null = null;

/** Exchanges the refresh token once for everyone waiting (refresh tokens work once). */
export function refreshSession(): Promise<Session | null> {
  const current = loadSession();
  if (!current) return Promise.resolve(null);
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
    body: JSON.stringify({ refreshToken: current.refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) {
        // Another tab may have refreshed first: take its tokens if they are newer.
        const latest = loadSession();
        if (latest && latest.refreshToken !== current.refreshToken) return latest;
        sessionStorage.setItem(EXPIRED_KEY, '1');
        saveSession(null);
        return null;
      }
      const s = sessionOf((await res.json()) as TokenAnswer);
      saveSession(s);
      return s;
    })
    .catch(() => loadSession())
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** A valid access token, refreshed first when it expires within a minute. */
export async function accessToken(): Promise<string | null> {
  const s = loadSession();
  if (!s) return null;
  if (s.expiresAt - Date.now() > 60_000) return s.token;
  return (await refreshSession())?.token ?? null;
}

/** Where each role works (its landing desk). */
export function homeOf(role: Role): string {
  switch (role) {
    case 'FRONT_DESK_CLERK':
      return '/window';
    case 'DEPARTMENT_REVIEWER':
    case 'DEPARTMENT_LEAD':
      return '/department';
    case 'CENTRE_MANAGER':
      return '/manager';
    case 'ACCOUNT_ADMIN':
      return '/accounts';
    case 'SUPERVISOR':
    case 'COMPLAINT_CENTRE':
      return '/supervision';
    case 'APPLICANT':
      return '/portal';
    default:
      return '/cases';
  }
}
