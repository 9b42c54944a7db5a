/**
 * The sandbox's own OpenID provider (`oidc-provider`), started in-process so a newcomer signs in
 * to the console through exactly the code path production uses with Entra ID, with no account
 * anywhere. It knows two demo staff and signs in with one click; it never runs in production
 * (settings refuse a console without OIDC_ISSUER_URL there).
 */
import { generateKeyPairSync } from 'node:crypto';
import express, { type Router } from 'express';
import type { Configuration, default as ProviderClass } from 'oidc-provider';
import type { StaffRole } from '../../config/settings';
import { randomToken } from './staff-sessions';

/** Where the sandbox provider is mounted on the service. */
export const SANDBOX_IDP_PATH = '/sandbox-idp';

/** The sandbox's demo staff, as the provider describes them in ID tokens. */
export const DEMO_STAFF: Readonly<Record<string, { name: string; roles: StaffRole[]; description: string }>> = {
  'demo-agent': { name: 'Alex Morgan', roles: ['agent'], description: 'an agent: the queue, claim, talk, notes, resolve' },
  'demo-supervisor': { name: 'Sam Evans', roles: ['supervisor', 'admin'], description: 'a supervisor and admin: also take over tickets, see bot decisions and oversight' },
};

/** The sandbox provider: its issuer, the client the service uses, and the router to mount. */
export interface SandboxIdentityProvider {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  router: Router;
}

/** The claim that carries roles in the sandbox's ID tokens (as Entra's app roles do). */
const ROLES_CLAIM = 'roles';

/** Creates the sandbox provider for a service reachable at `baseUrl`. */
export function createSandboxIdentityProvider(baseUrl: string, redirectUris: string[]): SandboxIdentityProvider {
  const issuerUrl = `${baseUrl}${SANDBOX_IDP_PATH}`;
  const clientId = 'switchboard-sandbox';
  const clientSecret = randomToken();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'sandbox', use: 'sig', alg: 'RS256' }] as never },
    claims: { openid: ['sub'], profile: ['name', ROLES_CLAIM], email: ['email'] },
    // Entra puts roles in the ID token; so does the sandbox, so the service reads them the same way.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: [randomToken()] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `${SANDBOX_IDP_PATH}/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const person = DEMO_STAFF[id];
      if (!person) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: person.name, [ROLES_CLAIM]: person.roles, email: `${id}@sandbox.invalid` }) };
    },
  };
  // Loaded only here, so a production service (which never runs this provider) never loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Provider = (require('oidc-provider') as { default: typeof ProviderClass }).default;
  const provider = new Provider(issuerUrl, configuration);
  const router = express.Router();

  // The one screen: pick a demo person. Consent is given on their behalf (it is the council's own app).
  router.get('/interaction/:uid', async (req, res, next) => {
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === 'login') return res.type('html').send(chooserPage(String(req.params.uid)));
      const accountId = details.session?.accountId ?? '';
      const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    } catch (error) {
      next(error);
    }
  });
  router.post('/interaction/:uid/login', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res, next) => {
    try {
      const accountId = String((req.body as Record<string, unknown>).account ?? '');
      if (!DEMO_STAFF[accountId]) return res.status(400).type('text').send('Choose one of the demo staff.');
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  router.use(provider.callback());
  return { issuerUrl, clientId, clientSecret, router };
}

/** A plain page with one button per demo person (a form post, so it works with the strict CSP). */
function chooserPage(uid: string): string {
  const buttons = Object.entries(DEMO_STAFF)
    .map(([id, person]) => `<li><button type="submit" name="account" value="${id}">Sign in as ${person.name}</button> <span>${person.description}</span></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in (sandbox)</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/static/styles.css"></head>
<body>
<main class="page">
<h1>Sign in to the agent console</h1>
<p>This is the sandbox's own sign-in. A council signs in with Microsoft Entra ID instead.</p>
<form method="post" action="${SANDBOX_IDP_PATH}/interaction/${encodeURIComponent(uid)}/login">
<ul class="plain">
${buttons}
</ul>
</form>
</main>
</body>
</html>`;
}
