/**
 * Screen credentials for the hall's big screen (大屏凭证), managed by the centre manager: make one
 * per display (the token is shown once), list them with when each was last used, revoke one.
 * Every change is audited; the service is api/services/screen-credentials.ts.
 */
import { z } from 'zod';
import type { ApiRegistry } from '../http/route.js';
import type { ScreenCredentials } from '../services/screen-credentials.js';

const MANAGER = ['CENTRE_MANAGER'] as const;

const credentialView = z.object({
  id: z.string(),
  name: z.string(),
  tokenPrefix: z.string().describe('the first characters of the token, to tell credentials apart'),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe('when a screen last used it (written at most once a minute)'),
  revokedAt: z.string().nullable(),
  revokedBy: z.string().nullable(),
  active: z.boolean(),
});

export function registerScreenCredentialRoutes(api: ApiRegistry, deps: { screens: ScreenCredentials }): void {
  const { screens } = deps;
  const by = (u: { username: string } | undefined) => u?.username ?? 'unknown';

  api.route(
    {
      method: 'post',
      path: '/api/v1/screen-credentials',
      summary: 'Make a screen credential for the big screen',
      description:
        'A long-lived, revocable, read-only token that opens the big screen (GET /api/v1/big-screen and its stream) and nothing else: no staff password on the hall\'s PC and no 15-minute expiry. ' +
        'The token is in this answer only (only its hash is kept): put it on the screen\'s PC, e.g. open /big-screen#token=<token> once. Every other route refuses it with 403.',
      tags: ['big screen'],
      access: MANAGER,
      body: z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(100).describe('where the screen hangs, e.g. 一楼大厅主屏') }),
      response: z.object({ credential: credentialView, token: z.string().describe('shown once') }),
      successStatus: 201,
      audit: 'screen_credential.create',
    },
    async ({ body, user, res }) => {
      const made = await screens.create(body.name, by(user));
      res.locals.auditDetail = `screen credential ${made.credential.name} (${made.credential.tokenPrefix}…) made`;
      return { status: 201, body: made, headers: { location: `/api/v1/screen-credentials/${made.credential.id}` } };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/v1/screen-credentials',
      summary: 'List screen credentials',
      description: 'Active ones by default; `includeRevoked=true` lists revoked ones too. Tokens are never shown again.',
      tags: ['big screen'],
      access: MANAGER,
      query: z.object({ includeRevoked: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') }),
      response: z.object({ items: z.array(credentialView) }),
    },
    async ({ query }) => ({ body: { items: await screens.list(query.includeRevoked) } }),
  );

  api.route(
    {
      method: 'post',
      path: '/api/v1/screen-credentials/:id/revoke',
      summary: 'Revoke a screen credential',
      description: 'The credential is refused from now on, everywhere, and the streams open on it end within seconds (`event: revoked`).',
      tags: ['big screen'],
      access: MANAGER,
      params: z.object({ id: z.uuid('a screen credential id is a UUID') }),
      response: credentialView,
      audit: 'screen_credential.revoke',
      problems: [404, 409],
    },
    async ({ params, user, res }) => {
      const revoked = await screens.revoke(params.id, by(user));
      res.locals.auditDetail = `screen credential ${revoked.name} (${revoked.tokenPrefix}…) revoked`;
      return { body: revoked };
    },
  );
}
