/**
 * Staff sign-in over HTTP: /auth/sign-in sends the browser to the identity provider,
 * /auth/callback checks its answer and starts a session (an HttpOnly, SameSite cookie, Secure
 * over https), /auth/sign-out ends it. `requireStaff` guards the console's API: no session is
 * 401, a missing role is 403, and every state-changing call must carry the session's CSRF token.
 */
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';
import { sendError } from '../../channels/web/http-errors';
import type { StaffRole } from '../../config/settings';
import type { Logger } from '../logging/logger';
import { SignInError, type OidcSignIn } from '../staff/oidc-sign-in';
import { hasRole } from '../staff/roles';
import type { StaffSession, StaffSessions } from '../staff/staff-sessions';

/** The staff session cookie. */
export const STAFF_COOKIE = 'sb_staff';
/** Binds a sign-in in progress to the browser that started it, so nobody can finish theirs in someone else's browser. */
const SIGN_IN_COOKIE = 'sb_sign_in';
/** The header the console sends its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** What the staff routes need. */
export interface StaffAuthOptions {
  sessions: StaffSessions;
  signIn: OidcSignIn;
  /** Secure cookies when people reach the service over https. */
  secureCookies: boolean;
  /** How long the cookie may live (the session's absolute end). */
  maxAgeSeconds: number;
  logger: Logger;
}

/** The signed-in member of staff on this request (set by `requireStaff`). */
export function staffOn(res: Response): StaffSession {
  return res.locals.staff as StaffSession;
}

/** The session behind a request's cookie, or null. */
export async function sessionOf(req: Request, sessions: StaffSessions): Promise<StaffSession | null> {
  const token = parseCookie(req.get('cookie') ?? '')[STAFF_COOKIE];
  return token ? sessions.find(token) : null;
}

/** Guards an API: signed in, holding `role`, and (for anything but reads) sending the CSRF token. */
export function requireStaff(sessions: StaffSessions, role: StaffRole): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const session = await sessionOf(req, sessions);
      if (!session) return sendError(res, 401, 'SIGN_IN_REQUIRED', 'Please sign in to the console first.');
      if (!hasRole(session.roles, role)) return sendError(res, 403, 'FORBIDDEN', `This needs the ${role} role. Ask your Switchboard administrator if you need it.`);
      const reading = req.method === 'GET' || req.method === 'HEAD';
      if (!reading && req.get(CSRF_HEADER) !== session.csrfToken) return sendError(res, 403, 'CSRF_TOKEN_MISSING', 'This request did not come from the console page. Reload the page and try again.');
      res.locals.staff = session;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Sends a browser without a session to sign in, then back to the page it asked for. */
export function requireSignedInPage(sessions: StaffSessions): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (await sessionOf(req, sessions)) return next();
      res.redirect(302, `/auth/sign-in?returnTo=${encodeURIComponent(req.originalUrl)}`);
    } catch (error) {
      next(error);
    }
  };
}

/** The /auth router (sign-in, callback, sign-out) and GET /api/staff/me. */
export function createStaffAuthRouter(options: StaffAuthOptions): { auth: Router; me: Router } {
  const { sessions, signIn, logger } = options;
  const cookie = (value: string, maxAge: number) =>
    stringifySetCookie({ name: STAFF_COOKIE, value, httpOnly: true, secure: options.secureCookies, sameSite: 'lax', path: '/', maxAge });

  const auth = express.Router();
  auth.get('/sign-in', async (req, res) => {
    try {
      const started = await signIn.start();
      await sessions.beginSignIn(started.state, { codeVerifier: started.codeVerifier, nonce: started.nonce, returnTo: safeReturnTo(req.query.returnTo) });
      res.set('Set-Cookie', stringifySetCookie({ name: SIGN_IN_COOKIE, value: started.state, httpOnly: true, secure: options.secureCookies, sameSite: 'lax', path: '/auth', maxAge: 600 }));
      res.redirect(302, started.url.href);
    } catch (error) {
      logger.error('staff sign-in could not start: the identity provider is not reachable', { error });
      res.status(503).type('text').send('Sign-in is not available right now because the identity provider cannot be reached. Please try again in a minute.');
    }
  });

  auth.get('/callback', async (req, res, next) => {
    try {
      const state = typeof req.query.state === 'string' ? req.query.state : '';
      // The state must be the one this browser was given: a callback link sent to someone else fails here.
      const started = parseCookie(req.get('cookie') ?? '')[SIGN_IN_COOKIE];
      const pending = state && started === state ? await sessions.finishSignIn(state) : null;
      if (!pending) return res.status(400).type('text').send('This sign-in has expired or was already used. Go back to the console to sign in again.');
      const base = new URL(signInCallbackBase(req));
      const identity = await signIn.finish(new URL(req.originalUrl, base), { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
      if (identity.roles.length === 0) {
        logger.warn('staff sign-in refused: no Switchboard role', { staffId: identity.staffId });
        return res.status(403).type('text').send(`You signed in as ${identity.name}, but you have no role in Switchboard. Ask your administrator to give you the agent, supervisor or admin role.`);
      }
      const { token } = await sessions.create(identity);
      logger.info('staff signed in', { staffId: identity.staffId, roles: identity.roles });
      res.set('Set-Cookie', [
        cookie(token, options.maxAgeSeconds),
        stringifySetCookie({ name: SIGN_IN_COOKIE, value: '', httpOnly: true, secure: options.secureCookies, sameSite: 'lax', path: '/auth', maxAge: 0 }),
      ]);
      res.redirect(302, pending.returnTo);
    } catch (error) {
      if (error instanceof SignInError) {
        logger.warn('staff sign-in refused', { reason: error.message });
        return res.status(400).type('text').send('Sign-in could not be completed. Go back to the console to try again.');
      }
      next(error);
    }
  });

  auth.post('/sign-out', async (req, res, next) => {
    try {
      const token = parseCookie(req.get('cookie') ?? '')[STAFF_COOKIE];
      const session = token ? await sessions.find(token) : null;
      if (session && req.get(CSRF_HEADER) !== session.csrfToken) return sendError(res, 403, 'CSRF_TOKEN_MISSING', 'Reload the page and try again.');
      if (token) await sessions.end(token);
      if (session) logger.info('staff signed out', { staffId: session.staffId });
      res.set('Set-Cookie', cookie('', 0));
      res.json({ signedOut: true });
    } catch (error) {
      next(error);
    }
  });

  const me = express.Router();
  me.get('/me', async (req, res, next) => {
    try {
      const session = await sessionOf(req, sessions);
      if (!session) return sendError(res, 401, 'SIGN_IN_REQUIRED', 'Please sign in to the console first.');
      res.json({ staff: { id: session.staffId, name: session.name, roles: session.roles }, csrfToken: session.csrfToken });
    } catch (error) {
      next(error);
    }
  });
  return { auth, me };
}

/** Only a path on this service: never another site (an open redirect would help phishing). */
function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/console';
}

/** The scheme and host the browser used, for rebuilding the callback URL it arrived on. */
function signInCallbackBase(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
