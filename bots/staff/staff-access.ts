/**
 * Wires staff sign-in into the service: sessions in the store, the OpenID client (the council's
 * provider, or in the sandbox the local provider, created once the service knows its own
 * address), the /auth routes and the guards the console's API and pages use.
 */
import express, { type RequestHandler, type Router } from 'express';
import type { Settings, StaffRole } from '../../config/settings';
import { createStaffAuthRouter, requireSignedInPage, requireStaff } from '../http/staff-auth';
import type { Logger } from '../logging/logger';
import type { Store } from '../store/port';
import { OidcSignIn, type OidcClientSettings } from './oidc-sign-in';
import { createSandboxIdentityProvider, SANDBOX_IDP_PATH } from './sandbox-identity-provider';
import { StaffSessions } from './staff-sessions';

/** The callback path registered with the identity provider. */
export const SIGN_IN_CALLBACK_PATH = '/auth/callback';

/** Staff access for one service. */
export interface StaffAccess {
  sessions: StaffSessions;
  /** Routers by mount path: /auth, /api/staff, and /sandbox-idp in the sandbox. */
  routes: Record<string, Router>;
  /** Guards an API for a role (session, role, CSRF). */
  requireRole(role: StaffRole): RequestHandler;
  /** Sends a browser without a session to sign in. */
  pageGuard: RequestHandler;
  /** Called once the service listens: the sandbox provider needs the port to name its issuer. */
  listening(port: number): void;
}

/** Builds staff access from settings. */
export function createStaffAccess(options: { settings: Settings; store: Store; clock: () => Date; logger: Logger }): StaffAccess {
  const { settings, store, clock, logger } = options;
  const staff = settings.staff;
  const sessions = new StaffSessions(store, staff, clock);
  const routes: Record<string, Router> = {};
  let client: OidcClientSettings | null = null;

  // With a council's provider the client is known now; the sandbox's is made once the port is (listening).
  let listening: (port: number) => void = () => undefined;
  if (staff.oidc) {
    // Settings guarantee PUBLIC_BASE_URL in production; elsewhere a configured provider calls back to localhost.
    const base = settings.publicBaseUrl ?? `http://localhost:${settings.port}`;
    client = { ...staff.oidc, redirectUri: `${base}${SIGN_IN_CALLBACK_PATH}`, rolesClaim: staff.rolesClaim, roleMap: staff.roleMap };
  } else {
    let provider: Router | null = null;
    routes[SANDBOX_IDP_PATH] = express.Router().use((req, res, next) => (provider ? provider(req, res, next) : next()));
    listening = (port: number) => {
      const base = settings.publicBaseUrl ?? `http://localhost:${port}`;
      const redirectUris = [...new Set([`${base}${SIGN_IN_CALLBACK_PATH}`, `http://localhost:${port}${SIGN_IN_CALLBACK_PATH}`, `http://127.0.0.1:${port}${SIGN_IN_CALLBACK_PATH}`])];
      const created = createSandboxIdentityProvider(base, redirectUris);
      provider = created.router;
      // The sandbox's tokens name the roles themselves, so the map is the identity.
      client = {
        issuerUrl: created.issuerUrl,
        clientId: created.clientId,
        clientSecret: created.clientSecret,
        redirectUri: `${base}${SIGN_IN_CALLBACK_PATH}`,
        rolesClaim: 'roles',
        roleMap: { agent: 'agent', supervisor: 'supervisor', admin: 'admin' },
      };
      logger.info('staff sign-in: the sandbox identity provider (demo staff, no accounts needed)', { issuer: created.issuerUrl });
    };
  }

  const signIn = new OidcSignIn(() => {
    if (!client) throw new Error('Staff sign-in is not ready: the service is not listening yet.');
    return client;
  });
  const secureCookies = settings.publicBaseUrl?.startsWith('https://') ?? false;
  const { auth, me } = createStaffAuthRouter({ sessions, signIn, secureCookies, maxAgeSeconds: staff.maxHours * 3_600, logger });
  routes['/auth'] = auth;
  routes['/api/staff'] = me;
  return { sessions, routes, requireRole: (role) => requireStaff(sessions, role), pageGuard: requireSignedInPage(sessions), listening };
}
