/**
 * Staff sign-in with OpenID Connect through `openid-client`: the authorization code flow with
 * PKCE, state and nonce, against Microsoft Entra ID or any OpenID provider (in the sandbox, the
 * local provider started in-process). Discovery happens on first use and is retried on the next
 * sign-in if the provider was unreachable, so a provider outage never stops the service starting.
 */
import * as oidc from 'openid-client';
import type { StaffRole } from '../../config/settings';
import { rolesFromClaims } from './roles';

/** Where the provider is and who we are to it. */
export interface OidcClientSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** The full callback URL registered with the provider. */
  redirectUri: string;
  rolesClaim: string;
  roleMap: Record<string, StaffRole>;
}

/** The first leg: where to send the browser, and what the callback must check. */
export interface SignInStart {
  url: URL;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who signed in, from the verified ID token. */
export interface SignedInIdentity {
  /** `oidc:<issuer subject>`: stable for a person, whatever their name. */
  staffId: string;
  name: string;
  roles: StaffRole[];
}

/** Raised when a callback cannot be trusted (wrong state, bad code, bad token). */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

/** Signs staff in through one OpenID provider. */
export class OidcSignIn {
  private configuration: Promise<oidc.Configuration> | null = null;

  constructor(private readonly settings: () => OidcClientSettings) {}

  /** Builds the provider's authorization URL for a new sign-in. */
  async start(): Promise<SignInStart> {
    const config = await this.config();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.settings().redirectUri,
      scope: 'openid profile email',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state, nonce, codeVerifier };
  }

  /** Exchanges the callback's code (checking state, nonce and PKCE) for the person's identity. */
  async finish(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<SignedInIdentity> {
    const config = await this.config();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true });
      claims = tokens.claims() as Record<string, unknown> | undefined;
    } catch (error) {
      throw new SignInError(`The identity provider's answer could not be verified: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!claims || typeof claims.sub !== 'string') throw new SignInError('The identity provider sent no subject.');
    const { rolesClaim, roleMap } = this.settings();
    const name = [claims.name, claims.preferred_username, claims.email].find((value): value is string => typeof value === 'string' && value.trim() !== '') ?? claims.sub;
    return { staffId: `oidc:${claims.sub}`, name: name.trim().slice(0, 80), roles: rolesFromClaims(claims, rolesClaim, roleMap) };
  }

  private config(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const { issuerUrl, clientId, clientSecret } = this.settings();
      const issuer = new URL(issuerUrl);
      // Plain http is only ever the sandbox's own provider: production refuses an http issuer at start-up.
      const options = issuer.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined;
      this.configuration = oidc.discovery(issuer, clientId, clientSecret, undefined, options).catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    }
    return this.configuration;
  }
}
