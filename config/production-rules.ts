/**
 * What production refuses to start with. The sandbox may run open and in memory; a council's
 * live service may not, so each rule names the unsafe setting and how to fix it. The lengths
 * are those the providers issue: a shorter value is a typo or a placeholder, never a real secret.
 */
import type { RawEnv } from './env';

/** One problem with one environment variable (the same shape settings.ts reports). */
export interface ProductionProblem {
  variable: string;
  problem: string;
}

/** Secrets that must look like what their provider issues. */
const ISSUED_SECRETS: readonly { variable: string; looksIssued: (value: string) => boolean; issued: string }[] = [
  { variable: 'TWILIO_AUTH_TOKEN', looksIssued: (v) => /^[0-9a-f]{32}$/i.test(v), issued: 'the 32-character auth token from the Twilio console' },
  { variable: 'SLACK_SIGNING_SECRET', looksIssued: (v) => /^[0-9a-f]{32}$/i.test(v), issued: "the 32-character signing secret from the Slack app's Basic Information page" },
  { variable: 'SLACK_BOT_TOKEN', looksIssued: (v) => v.length >= 40, issued: 'the bot token Slack issues at install (xoxb-…, 40 characters or more)' },
  { variable: 'MICROSOFT_APP_PASSWORD', looksIssued: (v) => v.length >= 32, issued: 'a client secret from Microsoft Entra (about 40 characters)' },
  { variable: 'OIDC_CLIENT_SECRET', looksIssued: (v) => v.length >= 32, issued: "a client secret from the identity provider (Entra issues about 40 characters)" },
  { variable: 'ADMIN_TOKEN', looksIssued: (v) => v.length >= 32, issued: 'a random token of at least 32 characters (openssl rand -hex 32)' },
  { variable: 'METRICS_TOKEN', looksIssued: (v) => v.length >= 32, issued: 'a random token of at least 32 characters (openssl rand -hex 32)' },
  { variable: 'BACKOFFICE_TOKEN', looksIssued: (v) => v.length >= 32, issued: 'the token the council’s integration team issues (32 characters or more)' },
  { variable: 'BACKOFFICE_CLIENT_SECRET', looksIssued: (v) => v.length >= 32, issued: 'a client secret from the identity provider (32 characters or more)' },
];

/** True for an http URL to this machine (127.0.0.1, ::1, localhost). */
function isLoopback(url: string): boolean {
  try {
    return ['127.0.0.1', '[::1]', 'localhost'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Every reason the environment is unsafe for NODE_ENV=production; empty in other environments. */
export function productionProblems(raw: RawEnv): ProductionProblem[] {
  if (raw.NODE_ENV !== 'production') return [];
  const problems: ProductionProblem[] = [];
  const isSet = (name: string) => raw[name] !== undefined;

  if (!isSet('MONGODB_URI') && raw.ALLOW_EMBEDDED_STORE !== 'true') {
    problems.push({
      variable: 'MONGODB_URI',
      problem: 'required in production: without it messages are kept in memory and lost on restart (set ALLOW_EMBEDDED_STORE=true only to evaluate)',
    });
  }
  if (!isSet('PUBLIC_BASE_URL')) {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: 'required in production: the https:// address people and providers reach the service at' });
  } else if (!raw.PUBLIC_BASE_URL?.startsWith('https://')) {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: 'must start with https:// in production (cookies and webhooks must not travel in clear)' });
  }
  if (!isSet('BACKOFFICE_BASE_URL')) {
    problems.push({ variable: 'BACKOFFICE_BASE_URL', problem: "required in production: without it routine requests are answered from the sandbox's made-up demo data" });
  }
  for (const variable of ['BACKOFFICE_BASE_URL', 'BACKOFFICE_TOKEN_URL']) {
    // Plain http only to this machine: an adapter running beside the service (a sidecar) never crosses a network.
    const value = raw[variable];
    if (value !== undefined && !value.startsWith('https://') && !isLoopback(value)) problems.push({ variable, problem: 'must start with https:// in production (or be http:// on this machine, e.g. a sidecar adapter)' });
  }
  if (isSet('OIDC_ISSUER_URL') && !raw.OIDC_ISSUER_URL?.startsWith('https://')) {
    problems.push({ variable: 'OIDC_ISSUER_URL', problem: 'must start with https:// in production' });
  }
  if ((raw.STAFF_CONSOLE ?? 'on') === 'on' && !isSet('OIDC_ISSUER_URL')) {
    problems.push({
      variable: 'OIDC_ISSUER_URL',
      problem: 'staff sign-in is not configured while the console is on: set OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or STAFF_CONSOLE=off',
    });
  }
  for (const secret of ISSUED_SECRETS) {
    const value = raw[secret.variable];
    if (value !== undefined && !secret.looksIssued(value)) problems.push({ variable: secret.variable, problem: `does not look real: use ${secret.issued}` });
  }
  return problems;
}
