/** Serves the sandbox's static pages: the chat at /, the console at /console, assets under /static. */
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

const PUBLIC_DIR = path.join(__dirname, 'public');
/** Chart.js's browser bundle, served from node_modules: no CDN, so the page works offline. */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');

/**
 * The router for the web chat and console pages. `consoleGuard` sends staff without a session
 * to sign in; null switches the console pages off (STAFF_CONSOLE=off).
 */
export function createPagesRouter(options: { consoleGuard: RequestHandler | null }): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'chat.html')));
  if (options.consoleGuard) {
    // Security headers (one policy for every page) come from the app's helmet.
    router.get('/console', options.consoleGuard, (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'console.html')));
    router.get('/console/oversight', options.consoleGuard, (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'oversight.html')));
  }
  router.get('/static/vendor/chart.umd.min.js', (_req, res) => res.sendFile(CHART_JS, { maxAge: '1h' }));
  router.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
  return router;
}
