/** What the manager console reads and downloads that the generated schema leaves undescribed. */
import { ApiProblem, authedFetch } from '../../shared/api/client';

/** A JSON call with the signed-in session; a problem+json answer is thrown as ApiProblem. */
export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await authedFetch(url, { method, headers: body !== undefined ? { 'content-type': 'application/json' } : {}, body: body !== undefined ? JSON.stringify(body) : undefined });
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw new ApiProblem(data && typeof data === 'object' && 'status' in data ? data : { type: 'about:blank', title: `HTTP ${res.status}`, status: res.status, detail: `服务器返回 ${res.status}` });
  return data as T;
}

/** Downloads a file the API serves (export, report) with the session's token, as the browser's own download. */
export async function download(url: string, fallbackName: string): Promise<void> {
  const res = await authedFetch(url);
  if (!res.ok) {
    const p = await res.json().catch(() => null);
    throw new ApiProblem(p && 'status' in p ? p : { type: 'about:blank', title: `HTTP ${res.status}`, status: res.status, detail: `下载失败（${res.status}）` });
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  const plain = disposition.match(/filename="?([^";]+)"?/i);
  const name = star?.[1] ? decodeURIComponent(star[1]) : plain?.[1] ?? fallbackName;
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

export const qs = (q: Record<string, string | number | undefined | null>) =>
  new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== '') as [string, string][]).toString();

export interface Department {
  code: string;
  name: string;
}
