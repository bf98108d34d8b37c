/**
 * The Express app, built by a factory that receives its clients and config: the API is the only
 * door to the platform (R1.1), and every request through it is authenticated, validated and audited.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { createRequire } from 'node:module';
import { type Config, ROOT_DIR } from '../config/index.js';
import type { Db } from '../prisma/client.js';
import { appDatabaseUrl, deriveKey, loadSecrets } from '../config/secrets.js';
import { AnonymousRefusals, auditTrail } from './http/audit.js';
import { AuditWriter } from './http/audit-spool.js';
import { Tokens, authenticate } from './http/auth.js';
import { IdempotencyStore } from './http/idempotency.js';
import { voucherOf } from './http/voucher.js';
import { PgRateLimitStore } from './http/rate-limit-store.js';
import { Problem, notFound, problemMiddleware } from './http/problem.js';
import { ApiRegistry } from './http/route.js';
import { webRoutes } from './http/web.js';
import { registerAccountRoutes } from './routes/accounts.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerCalendarRoutes } from './routes/calendar.js';
import { registerCaseRoutes } from './routes/cases.js';
import { registerCatalogRoutes } from './routes/catalog.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerConsultationRoutes } from './routes/consultations.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { DocumentService } from './services/documents/documents.js';
import { createBlobStore } from './services/documents/store.js';
import { registerNoticeRoutes } from './routes/notices.js';
import { registerOpsRoutes } from './routes/ops.js';
import { registerPublicRoutes } from './routes/public.js';
import { registerReportRoutes } from './routes/reports.js';
import { registerScreenCredentialRoutes } from './routes/screen-credentials.js';
import { registerStatisticsRoutes } from './routes/statistics.js';
import { registerSupervisionRoutes } from './routes/supervision.js';
import { ScreenCredentials, screenCredentialGate } from './services/screen-credentials.js';
import { registerFindingRoutes } from './routes/findings.js';
import { registerNegativeListRoutes } from './routes/negative-list.js';
import { registerOutboxRoutes } from './routes/outbox.js';
import { registerRatingRoutes } from './routes/ratings.js';
import { registerRectificationRoutes } from './routes/rectifications.js';
import { SupervisionService } from './services/supervision.js';

/** gRPC channel settings of the API's Temporal connection: reconnect within seconds once Temporal is back. */
export const TEMPORAL_CHANNEL_ARGS = { 'grpc.initial_reconnect_backoff_ms': 250, 'grpc.max_reconnect_backoff_ms': 3_000 } as const;

export interface AppDeps {
  config: Config;
  db: Db;
  temporal: Client;
  logger: Logger;
  /** The time the workflows live in, for vouching actors: the wall clock unless a test server keeps its own. */
  workflowClock?: () => Promise<number>;
  /** Where audit rows wait while PostgreSQL is down (default DATA_DIR/audit-spool). */
  auditSpoolDir?: string;
}

export function createApp({ config, db, temporal, logger, workflowClock, auditSpoolDir }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  // Whose X-Forwarded-For is believed is configuration (TRUST_PROXY), never assumed: otherwise
  // any client could pick its own address and walk around the rate limits.
  app.set('trust proxy', config.TRUST_PROXY);
  const secrets = loadSecrets(config);
  const vouch = voucherOf(secrets.actorKey, workflowClock);
  app.use((req, res, next) => {
    const incoming = req.header('x-request-id');
    res.locals.requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : crypto.randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The offline docs page (swagger-ui) needs its own inline bootstrap script and styles.
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'] },
      },
    }),
  );
  app.use(cors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false }));
  // Who is asking and the audit come before everything that may refuse (rate limits, a malformed
  // or too large body), so that those refusals are audited too.
  const tokens = new Tokens({ secret: secrets.jwtSecret, accessMinutes: config.ACCESS_TOKEN_MINUTES, refreshHours: config.REFRESH_TOKEN_HOURS }, db);
  const anonymousRefusals = new AnonymousRefusals(db, logger);
  const auditWriter = new AuditWriter(db, logger, auditSpoolDir ?? path.join(config.DATA_DIR, 'audit-spool'));
  // Spooled rows of an earlier process (killed during an outage) go in as soon as the database answers.
  void auditWriter.flush().catch(() => undefined);
  // The audit trail first: it reads who asked when the response is finished, and so also records a
  // request that authentication itself could not serve (the database down: 503).
  app.use(auditTrail(auditWriter, anonymousRefusals));
  app.use(authenticate(tokens));
  app.locals.auditWriter = auditWriter;
  /** Flushes what the app still holds (anonymous refusal counts, audit rows in flight); the process calls it before it exits. */
  app.locals.flush = async () => {
    await anonymousRefusals.stop();
    await auditWriter.stop();
  };
  const tooMany = (detail: string) => (_req: express.Request, _res: express.Response, next: express.NextFunction) => next(new Problem(429, detail, { rule: 'rate_limit' }));
  // Counted in PostgreSQL: the limits hold for all API copies together (api/http/rate-limit-store.ts).
  app.use('/api/', rateLimit({ store: new PgRateLimitStore(db, 'api:'), windowMs: 60_000, limit: config.RATE_LIMIT_PER_MINUTE, standardHeaders: 'draft-8', legacyHeaders: false, validate: { xForwardedForHeader: false }, handler: tooMany('too many requests from this address; slow down') }));
  app.use(['/api/v1/auth/login', '/api/v1/auth/register'], rateLimit({ store: new PgRateLimitStore(db, 'login:'), windowMs: 60_000, limit: config.LOGIN_RATE_LIMIT_PER_MINUTE, standardHeaders: 'draft-8', legacyHeaders: false, validate: { xForwardedForHeader: false }, handler: tooMany('too many sign-in attempts from this address; wait a minute') }));
  // A whole-catalog import (about 2 MB for 890 items) is the one large body the API takes.
  app.use('/api/v1/catalog/import', express.json({ limit: '20mb' }));
  app.use(express.json({ limit: '1mb' }));

  // A big-screen credential opens the big screen only: 403 anywhere else (audited as refused).
  const screens = new ScreenCredentials(db, secrets.jwtSecret);
  app.use(screenCredentialGate(screens));

  const router = express.Router();
  registerHealthRoutes(router, { db, connection: temporal.connection, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE });
  const api = new ApiRegistry(router, new IdempotencyStore(db, secrets.dataKey), (fn) => temporal.connection.withDeadline(Date.now() + config.TEMPORAL_CALL_TIMEOUT_MS, fn));
  registerAuthRoutes(api, { db, tokens });
  const supervision = new SupervisionService(db, temporal, {
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    rectificationWarningDays: config.RECTIFICATION_WARNING_DAYS,
    rectificationEscalateAfterDays: config.RECTIFICATION_ESCALATE_AFTER_DAYS,
    urgeReplyDays: config.URGE_REPLY_DAYS,
    urgeWarningDays: config.URGE_WARNING_DAYS,
  });
  registerCaseRoutes(api, {
    db,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    warningDays: config.WARNING_WORKING_DAYS,
    stageLimits: { preReviewDays: config.PRE_REVIEW_WORKING_DAYS, outputDays: config.OUTPUT_WORKING_DAYS },
    vouch,
    onUrged: (view, actor, note, replyDays) => supervision.startUrge(view, actor, note, replyDays),
    lookupKey: deriveKey(secrets.dataKey, 'applicant-id-lookup').toString('hex'),
  });
  registerCatalogRoutes(api, { db });
  registerCalendarRoutes(api, { db, temporal });
  registerPublicRoutes(api, { db });
  registerAccountRoutes(api, { db });
  registerSupervisionRoutes(api, { db });
  registerNoticeRoutes(api, { db, temporal, hallContact: config.HALL_CONTACT });
  registerConsultationRoutes(api, { db });
  registerDocumentRoutes(api, { db, temporal, documents: new DocumentService(db, createBlobStore(config), config.DOCUMENT_MAX_BYTES), certificateSecret: secrets.jwtSecret, publicBaseUrl: config.PUBLIC_BASE_URL });
  registerOpsRoutes(api, { db });
  registerReportRoutes(api, { db, temporal, taskQueue: config.TEMPORAL_TASK_QUEUE });
  registerNegativeListRoutes(api, { db });
  registerFindingRoutes(api, { db, service: supervision, hotlineToken: config.HOTLINE_TOKEN, businessPlatformToken: config.BUSINESS_PLATFORM_TOKEN });
  registerRectificationRoutes(api, { db, temporal, vouch });
  registerRatingRoutes(api, { db, service: supervision, linkSecret: secrets.jwtSecret });
  registerOutboxRoutes(api, { db });
  registerStatisticsRoutes(api, { db, databaseUrl: appDatabaseUrl(config), tokens, screens, logger });
  registerScreenCredentialRoutes(api, { screens });

  const openapi = api.openapi({
    title: 'One-window platform API (一窗综合受理平台)',
    version: '1',
    description: 'Acceptance–approval separation (受审分离): the front desk accepts and delivers, departments review and approve. Errors are application/problem+json.',
  });
  router.get('/api/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  const swaggerDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  router.use('/api/docs/assets', express.static(swaggerDir, { index: false }));
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>一窗综合受理平台 API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head><body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui' });</script></body></html>`);
  });
  app.locals.openapi = openapi;
  app.use(router);
  // The web front end (built by scripts/web-build.ts) at `/`, with history fallback for deep links.
  app.use(webRoutes(path.join(ROOT_DIR, 'web', 'dist')));
  app.use((req, _res, next) => next(notFound(`no route ${req.method} ${req.path}`)));
  app.use(problemMiddleware(logger));
  return app;
}
