/**
 * The environment variables the service reads, as one flat zod schema keyed by variable name.
 * Each field checks one variable on its own; rules that join several variables live in
 * settings.ts. Error messages never include the value, because many of these are secrets.
 */
import { z } from 'zod';

/** Raw environment: what `process.env` looks like. */
export type RawEnv = Record<string, string | undefined>;

/** A whole number in [min, max], read from a string; unset stays unset. */
function optionalWholeNumber(min: number, max: number) {
  const range = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, { error: range })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: range }).max(max, { error: range }))
    .optional();
}

/** A whole number in [min, max], read from a string; `fallback` when unset. */
function wholeNumber(fallback: number, min: number, max: number) {
  return optionalWholeNumber(min, max).default(fallback);
}

/** A decimal number in [min, max], read from a string; `fallback` when unset. */
function decimal(fallback: number, min: number, max: number) {
  const range = `must be a number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+(\.\d+)?$/, { error: range })
    .transform(Number)
    .pipe(z.number().min(min, { error: range }).max(max, { error: range }))
    .default(fallback);
}

/** An http(s) URL. */
function httpUrl() {
  return z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
}

/** A non-empty secret; only its presence is ever reported. */
function secret() {
  return z.string();
}

const MINUTE = 60;
const HOUR_MS = 3_600_000;

/** One field per environment variable; empty strings have already been turned into unset. */
export const envSchema = z.object({
  // --- service ---
  /** `production` logs JSON lines and refuses to start unsafe; `development` is the sandbox; `test` is for the test suite. */
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  /** The HTTP port; 0 asks the OS for a free one (tests run several services side by side). */
  PORT: wholeNumber(3978, 0, 65_535),
  /** The https address people and providers reach the service at: Twilio signs webhooks against it, staff sign-in calls back to it. Required in production. */
  PUBLIC_BASE_URL: httpUrl().optional(),
  /** How much the service logs: error, warn, info or debug. */
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug'], { error: 'must be error, warn, info or debug' }).default('info'),
  /** MongoDB, the system of record (a replica set in production); unset runs the in-memory embedded store. May carry a password, so it is treated as a secret. */
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, { error: 'must start with mongodb:// or mongodb+srv://' }).optional(),
  /** Bearer token for machines calling the admin API (subject export and erasure, oversight figures); signed-in admins need none. */
  ADMIN_TOKEN: secret().min(24, { error: 'must be at least 24 characters' }).optional(),
  /** Production without MONGODB_URI is refused unless this is `true` (evaluation only: texts are lost on restart). */
  ALLOW_EMBEDDED_STORE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  /** Bearer token for GET /metrics on the main port; without it (and without METRICS_PORT) production serves no metrics. */
  METRICS_TOKEN: secret().min(24, { error: 'must be at least 24 characters' }).optional(),
  /** Serves /metrics on this separate port (bind it to the internal network only) instead of the main one. */
  METRICS_PORT: optionalWholeNumber(1, 65_535),

  // --- the council's systems (config/backoffice.openapi.yaml) ---
  /** The back-office contract's base URL; unset, the sandbox answers from its demo data (refused in production). */
  BACKOFFICE_BASE_URL: httpUrl().optional(),
  /** A fixed bearer token for the back office; or use the client-credentials trio below. */
  BACKOFFICE_TOKEN: secret().optional(),
  /** OAuth 2 client credentials for the back office: the token endpoint (with BACKOFFICE_CLIENT_ID and BACKOFFICE_CLIENT_SECRET). */
  BACKOFFICE_TOKEN_URL: httpUrl().optional(),
  /** OAuth 2 client credentials for the back office: the client id. */
  BACKOFFICE_CLIENT_ID: z.string().optional(),
  /** OAuth 2 client credentials for the back office: the client secret. */
  BACKOFFICE_CLIENT_SECRET: secret().optional(),
  /** The scope to ask the token endpoint for, if it needs one. */
  BACKOFFICE_SCOPE: z.string().optional(),
  /** How long one back-office call may take before the citizen is told the system is unavailable. */
  BACKOFFICE_TIMEOUT_MS: wholeNumber(5_000, 100, 60_000),
  /** Retries of a look-up (never of a report) after a timeout, lost connection, 429 or 5xx. */
  BACKOFFICE_MAX_RETRIES: wholeNumber(2, 0, 5),
  /** Failed calls in a row that open the back office's circuit breaker. */
  BACKOFFICE_BREAKER_THRESHOLD: wholeNumber(5, 1, 100),
  /** How long the breaker stays open before one trial call. */
  BACKOFFICE_BREAKER_COOLDOWN_MS: wholeNumber(30_000, 1_000, HOUR_MS),

  // --- staff sign-in (OpenID Connect; Microsoft Entra ID in a council) ---
  /** The agent console and its API: `off` where agents work only in Slack. */
  STAFF_CONSOLE: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** The OpenID provider's issuer, e.g. https://login.microsoftonline.com/<tenant>/v2.0. Unset in the sandbox: a local provider with demo staff runs in-process. */
  OIDC_ISSUER_URL: httpUrl().optional(),
  /** Staff sign-in: the app's client id at the identity provider (Entra: the application (client) id). */
  OIDC_CLIENT_ID: z.string().optional(),
  /** Staff sign-in: the client secret at the identity provider. */
  OIDC_CLIENT_SECRET: secret().optional(),
  /** The ID-token claim that lists a person's roles or groups (Entra app roles: `roles`; groups: `groups`). */
  OIDC_ROLES_CLAIM: z.string().regex(/^[A-Za-z0-9_:./-]{1,100}$/, { error: 'must be a claim name such as roles or groups' }).default('roles'),
  /** Which claim values give which role: `value=role` pairs, comma-separated; roles are agent, supervisor, admin. */
  OIDC_ROLE_MAP: z
    .string()
    .regex(/^\s*[^=,\s]+\s*=\s*(agent|supervisor|admin)\s*(,\s*[^=,\s]+\s*=\s*(agent|supervisor|admin)\s*)*$/, { error: 'must be value=role pairs separated by commas, each role agent, supervisor or admin' })
    .default('Switchboard.Agent=agent,Switchboard.Supervisor=supervisor,Switchboard.Admin=admin'),
  /** Minutes without a request before a staff session ends. */
  STAFF_SESSION_IDLE_MINUTES: wholeNumber(30, 1, 24 * MINUTE),
  /** Hours after sign-in when a staff session ends, however active. */
  STAFF_SESSION_MAX_HOURS: wholeNumber(12, 1, 7 * 24),

  // --- web chat limits ---
  /** Messages one web chat session may send per minute before it is asked to slow down. */
  WEB_CHAT_SESSION_MESSAGES_PER_MINUTE: wholeNumber(20, 1, 1_000),
  /** Messages one IP address may send per minute across its sessions. */
  WEB_CHAT_IP_MESSAGES_PER_MINUTE: wholeNumber(60, 1, 10_000),
  /** New web chat sessions one IP address may open per hour. */
  WEB_CHAT_NEW_SESSIONS_PER_HOUR: wholeNumber(10, 1, 10_000),

  // --- OpenAI (or Azure OpenAI through its base URL) ---
  /** The model: without a key the offline matcher answers (the sandbox). */
  OPENAI_API_KEY: secret().optional(),
  /** Another OpenAI-compatible endpoint (Azure OpenAI: the resource endpoint). */
  OPENAI_BASE_URL: httpUrl().optional(),
  /** The model name (recorded in every decision audit). */
  OPENAI_MODEL: z.string().default('gpt-4.1-mini'),
  /** Per-attempt model timeout: a citizen waits for the reply, so seconds, not the SDK's 10 minutes. */
  OPENAI_TIMEOUT_MS: wholeNumber(4_000, 100, 60_000),
  /** Retries after a failed model call (timeouts, 429, 5xx) before the offline matcher answers. */
  OPENAI_MAX_RETRIES: wholeNumber(1, 0, 5),
  /** Consecutive failed turns that open the circuit breaker; the matcher answers while it is open. */
  OPENAI_BREAKER_THRESHOLD: wholeNumber(3, 1, 100),
  /** How long the breaker stays open before one trial call. */
  OPENAI_BREAKER_COOLDOWN_MS: wholeNumber(30_000, 1_000, HOUR_MS),
  /** The moderation check beside each model call, a safeguarding signal OR'ed with the local detector; `off` where the endpoint has no /moderations (e.g. Azure OpenAI). Only used when OPENAI_API_KEY is set. */
  OPENAI_MODERATION: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
  /** How long the moderation check may take; it is never retried, and never holds a reply longer than this. */
  OPENAI_MODERATION_TIMEOUT_MS: wholeNumber(1_500, 100, 10_000),
  /** Azure OpenAI: set this (e.g. 2024-10-21) to use the Azure client with OPENAI_BASE_URL as the resource endpoint. */
  OPENAI_AZURE_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, { error: 'must look like 2024-10-21 or 2025-04-01-preview' }).optional(),
  /** Azure OpenAI: the deployment name (the model name is then only recorded in the audit). */
  OPENAI_AZURE_DEPLOYMENT: z.string().optional(),

  // --- Twilio SMS ---
  /** SMS: the Twilio account (with TWILIO_AUTH_TOKEN and TWILIO_FROM_NUMBER; needs PUBLIC_BASE_URL). */
  TWILIO_ACCOUNT_SID: z.string().regex(/^AC[0-9a-fA-F]{32}$/, { error: 'must be "AC" followed by 32 hex characters (34 in all)' }).optional(),
  /** SMS: the Twilio auth token; also checks every webhook signature. */
  TWILIO_AUTH_TOKEN: secret().optional(),
  /** SMS: the council's number, in E.164 form. */
  TWILIO_FROM_NUMBER: z.string().regex(/^\+[1-9]\d{6,14}$/, { error: 'must be an E.164 number such as +447700900123' }).optional(),
  /** Points the Twilio SDK at a local fake in tests. */
  TWILIO_API_BASE_URL: httpUrl().optional(),
  /** How long one Twilio API call may take before it counts as timed out (and is checked with Twilio before any resend); 10 s when unset. */
  TWILIO_TIMEOUT_MS: optionalWholeNumber(100, 60_000),
  /** Most segments one SMS reply may use; longer replies go as several texts, split between sentences. */
  SMS_MAX_SEGMENTS: wholeNumber(3, 1, 10),
  /** Texts from one number within this window (after the latest) are answered as one turn. */
  SMS_BURST_WINDOW_MS: wholeNumber(2_000, 0, 30_000),
  /** Texts one number may send per SMS_RATE_LIMIT_WINDOW_SECONDS before the bot stops answering them. */
  SMS_RATE_LIMIT_MESSAGES: wholeNumber(10, 1, 1_000),
  /** The rate-limit window, in seconds; the polite notice is sent at most once per window. */
  SMS_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(60, 1, 24 * 3_600),
  /** Longest text the bot reads, in characters; longer ones are kept for the record but not answered. */
  SMS_MAX_INBOUND_CHARS: wholeNumber(1_000, 20, 1_600),

  // --- Microsoft Teams (Bot Framework) ---
  /** Teams: the bot's Entra app id; unset runs the channel unauthenticated for the Bot Framework Emulator (never in production). */
  MICROSOFT_APP_ID: z.string().optional(),
  /** Teams: the bot's client secret. */
  MICROSOFT_APP_PASSWORD: secret().optional(),
  /** Teams: the council's Entra tenant (required for SingleTenant). */
  MICROSOFT_APP_TENANT_ID: z.string().optional(),
  /** Teams: how the bot authenticates (SingleTenant, MultiTenant or UserAssignedMSI). */
  MICROSOFT_APP_TYPE: z
    .enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'], { error: 'must be SingleTenant, MultiTenant or UserAssignedMSI' })
    .default('SingleTenant'),
  /** Comma-separated Entra tenant ids whose Teams activities are served; default: MICROSOFT_APP_TENANT_ID for SingleTenant. */
  MICROSOFT_ALLOWED_TENANTS: z
    .string()
    .regex(/^[0-9a-fA-F-]{36}(\s*,\s*[0-9a-fA-F-]{36})*$/, { error: 'must be a comma-separated list of tenant ids (GUIDs)' })
    .optional(),

  // --- Slack agent desk ---
  /** The Slack desk: the bot token (xoxb-…); with SLACK_HANDOFF_CHANNEL. Unset with only the signing secret set, the service answers Slack’s URL check. */
  SLACK_BOT_TOKEN: secret().startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }).optional(),
  /** The Slack desk: checks the signature of every request from Slack. */
  SLACK_SIGNING_SECRET: secret().optional(),
  /** Channel id (or name) where handoff tickets are posted. */
  SLACK_HANDOFF_CHANNEL: z.string().optional(),
  /** Points the Slack Web API client at a local fake in tests. */
  SLACK_API_URL: httpUrl().optional(),

  // --- tunables ---
  /** Re-asks for one slot before the dialog offers a person instead. */
  DIALOG_MAX_REPROMPTS: wholeNumber(2, 0, 10),
  /** Low-confidence understandings in a row before handing off. */
  DIALOG_MAX_UNSURE: wholeNumber(2, 0, 10),
  /** Minutes an unclaimed handoff may wait before it is re-announced to agents. */
  HANDOFF_SLA_MINUTES: wholeNumber(10, 1, 24 * MINUTE),
  /** Minutes between "you are still in the queue" updates to a waiting citizen. */
  QUEUE_UPDATE_MINUTES: wholeNumber(5, 1, 24 * MINUTE),
  /** Delivery attempts for one outbox entry before it is marked failed. */
  OUTBOX_MAX_ATTEMPTS: wholeNumber(8, 1, 100),
  /** First retry delay; doubles per attempt (with jitter) up to OUTBOX_MAX_DELAY_MS. */
  OUTBOX_BASE_DELAY_MS: wholeNumber(500, 1, HOUR_MS),
  /** Ceiling on the outbox retry delay. */
  OUTBOX_MAX_DELAY_MS: wholeNumber(60_000, 1, 24 * HOUR_MS),
  /** How long a per-conversation lease lasts unless renewed; bounds the stall after a crash. */
  LEASE_TTL_MS: wholeNumber(30_000, 1_000, HOUR_MS),
  /**
   * Which proxies in front of the service to believe about the caller's address (express's `trust proxy`): `loopback` by
   * default; behind a load balancer or ingress give the number of proxy hops (e.g. 1) or their addresses/CIDRs, comma-separated,
   * or every citizen shares the proxy's address and its per-address limits.
   */
  TRUST_PROXY: z.string().regex(/^(\d{1,2}|true|false|[0-9a-fA-F.:/,\s]+|loopback|linklocal|uniquelocal)$/, { error: 'must be a hop count, loopback, or comma-separated addresses or CIDRs' }).default('loopback'),
  /** Largest webhook body express accepts, in its size syntax. */
  HTTP_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, { error: 'must be a size such as 100kb or 1mb' }).default('100kb'),
  /** Time allowed for in-flight turns to finish on SIGTERM before exiting anyway. */
  SHUTDOWN_TIMEOUT_MS: wholeNumber(10_000, 0, 5 * 60_000),
  /** Weeks of synthetic history seeded into the embedded store at start-up (sandbox only); default set in settings.ts. */
  DEMO_HISTORY_WEEKS: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number from 0 to 52' })
    .transform(Number)
    .pipe(z.number().int().max(52, { error: 'must be a whole number from 0 to 52' }))
    .optional(),

  // --- oversight figures (issue 9) ---
  /** Figures from fewer conversations than this are withheld (privacy of small groups). */
  OVERSIGHT_MIN_CELL: wholeNumber(10, 1, 1_000),
  /** A language or channel is flagged when its outcome share differs from the rest by more than this (0–1). */
  OVERSIGHT_FAIRNESS_MARGIN: decimal(0.1, 0, 1),
  /** A pause longer than this before a bot turn starts a new episode of the same conversation. */
  OVERSIGHT_EPISODE_GAP_MINUTES: wholeNumber(30, 1, 7 * 24 * MINUTE),
  /** Model input (prompt) price, GBP per million tokens, for the cost estimate (gpt-4.1-mini list price). */
  OPENAI_PRICE_INPUT_GBP_PER_MTOK: decimal(0.3, 0, 1_000),
  /** Model output (completion) price, GBP per million tokens. */
  OPENAI_PRICE_OUTPUT_GBP_PER_MTOK: decimal(1.2, 0, 1_000),

  // --- MongoDB and retention (reasons for each default in docs/data-protection.md) ---
  /** How long start-up and each operation look for a MongoDB server before failing. */
  MONGODB_SERVER_SELECTION_TIMEOUT_MS: wholeNumber(5_000, 100, 120_000),
  /** Days a transcript line (and its outbox entry, and an idle conversation) is kept. */
  RETENTION_TRANSCRIPT_DAYS: wholeNumber(90, 1, 3_650),
  /** Days a provider message id is kept for dedupe. */
  RETENTION_INBOUND_DAYS: wholeNumber(7, 1, 3_650),
  /** Days an audit event is kept. */
  RETENTION_AUDIT_DAYS: wholeNumber(365, 1, 3_650),
  /** Days a closed (resolved or cancelled) handoff ticket is kept. */
  RETENTION_TICKET_DAYS: wholeNumber(365, 1, 3_650),
  /** Days a channel fact (Teams reference, SMS choices) is kept after its last change. */
  RETENTION_CHANNEL_MEMORY_DAYS: wholeNumber(90, 1, 3_650),
});

/** The environment after per-variable validation and defaults. */
export type ParsedEnv = z.output<typeof envSchema>;

/** Variables holding secrets: never printed, only reported as set or not set. */
export const SECRET_VARIABLES = [
  'MONGODB_URI',
  'ADMIN_TOKEN',
  'OPENAI_API_KEY',
  'TWILIO_AUTH_TOKEN',
  'MICROSOFT_APP_PASSWORD',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'METRICS_TOKEN',
  'OIDC_CLIENT_SECRET',
  'BACKOFFICE_TOKEN',
  'BACKOFFICE_CLIENT_SECRET',
] as const;

/** Copies only the variables we know, trimming them and treating empty strings as unset. */
export function cleanEnv(env: RawEnv): RawEnv {
  const cleaned: RawEnv = {};
  for (const name of Object.keys(envSchema.shape)) {
    const value = env[name]?.trim();
    if (value) cleaned[name] = value;
  }
  return cleaned;
}
