/** Serves the sandbox's static pages: the chat at /, the console at /console, assets under /static. */
import path from 'node:path';
import express, { type Router } from 'express';

const PUBLIC_DIR = path.join(__dirname, 'public');
/** Chart.js's browser bundle, served from node_modules: no CDN, so the page works offline. */
const CHART_JS = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
/** The oversight page shows admin figures: only its own scripts and styles, only this service to talk to. */
const OVERSIGHT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The router for the web chat and console pages. */
export function createPagesRouter(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'chat.html')));
  router.get('/console', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'console.html')));
  router.get('/console/oversight', (_req, res) => {
    res.set({ 'Content-Security-Policy': OVERSIGHT_CSP, 'Referrer-Policy': 'no-referrer', 'X-Content-Type-Options': 'nosniff' });
    res.sendFile(path.join(PUBLIC_DIR, 'oversight.html'));
  });
  router.get('/static/vendor/chart.umd.min.js', (_req, res) => res.sendFile(CHART_JS, { maxAge: '1h' }));
  router.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
  return router;
}
