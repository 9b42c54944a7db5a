/**
 * How the back-office client proves itself: a fixed bearer token, or an OAuth 2 client-credentials
 * token from the council's token endpoint (`openid-client`), kept until a minute before it expires.
 */
import * as oidc from 'openid-client';

/** A fixed token, or client credentials for a token endpoint. */
export type BackOfficeAuth = { token: string } | { tokenUrl: string; clientId: string; clientSecret: string; scope?: string };

/** Answers the Authorization header's value for the next call. */
export type AuthorizationSource = () => Promise<string>;

/** Renew this long before the token's own expiry, so a call never carries one that lapses in flight. */
const RENEW_EARLY_MS = 60_000;

/** The header source for `auth`. */
export function authorizationSource(auth: BackOfficeAuth, now: () => number = Date.now): AuthorizationSource {
  if ('token' in auth) return async () => `Bearer ${auth.token}`;
  const tokenUrl = new URL(auth.tokenUrl);
  const config = new oidc.Configuration({ issuer: tokenUrl.origin, token_endpoint: tokenUrl.href }, auth.clientId, auth.clientSecret);
  // Plain http is a local test double; production refuses a non-https back office at start-up.
  if (tokenUrl.protocol === 'http:') oidc.allowInsecureRequests(config);
  let cached: { value: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  return async () => {
    if (cached && cached.until > now()) return cached.value;
    pending ??= oidc
      .clientCredentialsGrant(config, auth.scope ? { scope: auth.scope } : {})
      .then((tokens) => {
        const value = `Bearer ${tokens.access_token}`;
        cached = { value, until: now() + Math.max(0, (tokens.expiresIn() ?? 300) * 1000 - RENEW_EARLY_MS) };
        return value;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}
