/** Serves the sandbox's static pages: the chat at /, the console at /console, assets under /static. */
import path from 'node:path';
import express, { type Router } from 'express';

const PUBLIC_DIR = path.join(__dirname, 'public');

/** The router for the web chat and console pages. */
export function createPagesRouter(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'chat.html')));
  router.get('/console', (_req, res) => res.sendFile(path.join(PUBLIC_DIR, 'console.html')));
  router.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h' }));
  return router;
}
