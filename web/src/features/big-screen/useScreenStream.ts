/**
 * The big screen's live connection. The screen credential (owscr_…) is exchanged for a stream
 * ticket (60 s), which opens the SSE stream; every message is a whole payload. The screen keeps
 * itself alive without anyone touching it:
 * - on an error (API restart, network drop) it closes the EventSource, asks for a new ticket and
 *   opens again, with a growing pause (1 s … 10 s);
 * - heartbeats arrive every 15 s: after two missed ones it reconnects and shows its data as stale;
 * - `event: revoked` or a 401 on the ticket stops it for good: the page says the credential was revoked.
 */
import { useEffect, useRef, useState } from 'react';
import type { paths } from '../../shared/api/schema';

export type ScreenPayload = paths['/api/v1/big-screen']['get']['responses']['200']['content']['application/json'];
export type ScreenState = 'connecting' | 'live' | 'reconnecting' | 'revoked';

export const TOKEN_KEY = 'onewindow.screen-token';
const HEARTBEAT_MS = 15_000;
/** Silence for this long (two heartbeats missed) means the connection is dead. */
export const STALE_AFTER_MS = 2 * HEARTBEAT_MS + 2_000;

/** Takes the credential from the address fragment (#token=owscr_…) into local storage once. */
export function takeTokenFromFragment(): string | null {
  const m = window.location.hash.match(/token=([^&]+)/);
  if (m?.[1]) {
    localStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return localStorage.getItem(TOKEN_KEY);
}

export function useScreenStream(token: string | null) {
  const [data, setData] = useState<ScreenPayload | null>(null);
  const [state, setState] = useState<ScreenState>('connecting');
  const [lastHeard, setLastHeard] = useState(0);
  const [revokedReason, setRevokedReason] = useState('');
  const heard = useRef(0);

  useEffect(() => {
    if (!token) return;
    // A new credential (typed in after a revocation) starts afresh.
    setState('connecting');
    setRevokedReason('');
    let stopped = false;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;

    const hear = () => {
      heard.current = Date.now();
      setLastHeard(heard.current);
    };
    const revoke = (reason: string) => {
      stopped = true;
      source?.close();
      setRevokedReason(reason);
      setState('revoked');
    };
    const retry = () => {
      source?.close();
      source = null;
      if (stopped) return;
      setState('reconnecting');
      clearTimeout(retryTimer);
      retryTimer = setTimeout(connect, Math.min(10_000, 1_000 * 2 ** Math.min(attempts++, 4)));
    };

    async function connect() {
      if (stopped) return;
      let ticket: { stream: string };
      try {
        const res = await fetch('/api/v1/big-screen/stream-ticket', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'accept-language': 'zh-CN' } });
        if (res.status === 401 || res.status === 403) {
          const p = (await res.json().catch(() => ({}))) as { detail?: string };
          return revoke(p.detail ?? '大屏凭证无效');
        }
        if (!res.ok) return retry();
        ticket = (await res.json()) as { stream: string };
      } catch {
        return retry();
      }
      if (stopped) return;
      const es = new EventSource(ticket.stream);
      source = es;
      es.onmessage = (e) => {
        attempts = 0;
        hear();
        setData(JSON.parse(e.data) as ScreenPayload);
        setState('live');
      };
      es.addEventListener('heartbeat', hear);
      es.addEventListener('revoked', (e) => {
        let reason = '大屏凭证已被撤销';
        try {
          reason = (JSON.parse((e as MessageEvent).data) as { reason?: string }).reason ?? reason;
        } catch {
          /* keep the default */
        }
        revoke(reason);
      });
      es.addEventListener('expired', retry);
      es.onerror = () => {
        if (source === es) retry();
      };
    }

    void connect();
    // The watchdog: silence past two heartbeats is a dead connection, even if the socket looks open.
    const watchdog = setInterval(() => {
      if (!stopped && source && heard.current && Date.now() - heard.current > STALE_AFTER_MS) retry();
    }, 5_000);
    return () => {
      stopped = true;
      clearInterval(watchdog);
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [token]);

  return { data, state, lastHeard, revokedReason };
}
