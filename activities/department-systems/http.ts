import { type DepartmentSystem, type DepartmentSystems, DepartmentSystemError, type DispatchRequest, idempotencyKeyOf } from './adapter.js';

export interface DepartmentEndpoint {
  url: string;
  token?: string;
}

/**
 * POST {url}/cases with the case, an Idempotency-Key of case number + step, and a bearer token
 * when configured. Any failure throws; the activity's retry policy (backoff, no limit) retries.
 */
export function httpDepartmentSystem(departmentCode: string, endpoint: DepartmentEndpoint, timeoutMs = 10_000): DepartmentSystem {
  return {
    async receiveCase(req: DispatchRequest) {
      let res: Response;
      try {
        res = await fetch(`${endpoint.url.replace(/\/$/, '')}/cases`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': idempotencyKeyOf(req),
            ...(endpoint.token ? { authorization: `Bearer ${endpoint.token}` } : {}),
          },
          body: JSON.stringify({ caseNo: req.caseNo, step: req.step, case: req.payload }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (e) {
        throw new DepartmentSystemError(departmentCode, `unreachable (${(e as Error).message})`);
      }
      if (!res.ok) throw new DepartmentSystemError(departmentCode, `answered ${res.status} ${(await res.text().catch(() => '')).slice(0, 200)}`);
      const body = (await res.json()) as { receipt?: unknown };
      if (typeof body.receipt !== 'string' || !body.receipt) throw new DepartmentSystemError(departmentCode, 'answered without a receipt');
      return { receipt: body.receipt };
    },
  };
}

/**
 * Departments listed in the configuration go to their own systems; every other department is
 * served by the built-in simulator at `simulatorUrl/departments/{code}`.
 */
export function configuredDepartmentSystems(endpoints: Record<string, DepartmentEndpoint>, simulatorUrl: string): DepartmentSystems {
  const cache = new Map<string, DepartmentSystem>();
  return (code) => {
    let system = cache.get(code);
    if (!system) {
      system = httpDepartmentSystem(code, endpoints[code] ?? { url: `${simulatorUrl.replace(/\/$/, '')}/departments/${encodeURIComponent(code)}` });
      cache.set(code, system);
    }
    return system;
  };
}
