/**
 * Serves the built single-page app (web/dist) at `/` from the API process, same origin: hashed
 * assets with a long cache, and a history fallback so that a deep link (/window, /cases/…,
 * later /big-screen and /portal) opens index.html. /api, /healthz and /readyz are never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

export function webRoutes(distDir: string): Router {
  const router = express.Router();
  router.use('/assets', express.static(path.join(distDir, 'assets'), { index: false, immutable: true, maxAge: '365d', fallthrough: true }));
  router.use(express.static(distDir, { index: false, maxAge: 0 }));
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api' || req.path === '/healthz' || req.path === '/readyz' || req.path.startsWith('/assets/')) return next();
    if (!req.accepts('html')) return next();
    const index = path.join(distDir, 'index.html');
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('前端尚未构建：请运行 npm start（或 npx tsx scripts/web-build.ts）。The web front end is not built yet: run npm start.');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
