/**
 * The one settings object, validated once at start-up. config/ is the only code that reads
 * process.env; everything else receives a Settings value. Every problem is reported in a
 * single ConfigError so an operator fixes the whole environment in one go.
 */
import { cleanEnv, envSchema, SECRET_VARIABLES, type ParsedEnv, type RawEnv } from './env';
import { productionProblems } from './production-rules';

/** Validated service settings; optional channel blocks are present only when configured. */
export interface Settings {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  publicBaseUrl?: string;
  logLevel: 'error' | 'warn' | 'info' | 'debug';
  mongodbUri?: string;
  /** How long MongoDB server selection may take before start-up or an operation fails. */
  mongodbServerSelectionTimeoutMs: number;
  adminToken?: string;
  /** Production on the in-memory store, allowed only for evaluation (ALLOW_EMBEDDED_STORE). */
  allowEmbeddedStore: boolean;
  /** Where /metrics is served: behind a bearer token on the main port, on its own port, or (sandbox) open. */
  metrics: { token?: string; port?: number };
  /** The agent console and how staff sign in to it. */
  staff: StaffSettings;
  /** The council's systems behind the routine requests; absent in the sandbox (demo data answers in-process). */
  backOffice?: BackOfficeSettingsBlock;
  /** Web chat abuse limits. */
  webChat: { sessionMessagesPerMinute: number; ipMessagesPerMinute: number; newSessionsPerHour: number };
  openai: {
    apiKey?: string; baseUrl?: string; model: string;
    /** Per-attempt timeout, retries and circuit breaker for model calls. */
    timeoutMs: number; maxRetries: number; breakerThreshold: number; breakerCooldownMs: number;
    /** The moderation check beside each model call: enabled only with a key and OPENAI_MODERATION not off. */
    moderation: { enabled: boolean; timeoutMs: number };
    /** Azure OpenAI (API version and deployment); absent for OpenAI or the Azure v1 base URL. */
    azure?: { apiVersion: string; deployment?: string };
  };
  twilio?: { accountSid: string; authToken: string; fromNumber: string; apiBaseUrl?: string; timeoutMs?: number };
  /** SMS tunables: segment budget, burst window, abuse limits. */
  sms: { maxSegments: number; burstWindowMs: number; rateLimit: { messages: number; windowSeconds: number }; maxInboundChars: number };
  microsoft: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
    /** Tenants whose Teams activities are served; empty means any (emulator mode with no tenant set). */
    allowedTenants: string[];
  };
  slack?: { botToken: string; signingSecret: string; handoffChannel: string; apiUrl?: string };
  /** Only SLACK_SIGNING_SECRET set: answer Slack's URL check while the app is being created. */
  slackUrlCheck?: { signingSecret: string };
  dialog: { maxReprompts: number; maxUnsure: number };
  handoff: { slaMinutes: number; queueUpdateMinutes: number };
  outbox: { maxAttempts: number; baseDelayMs: number; maxDelayMs: number };
  lease: { ttlMs: number };
  /** `trustProxy` is express's `trust proxy` value: a hop count, true/false, or a list of addresses, CIDRs or names. */
  http: { bodyLimit: string; shutdownTimeoutMs: number; trustProxy: number | boolean | string };
  /** Retention periods in days, enforced by TTL indexes on each document's expiresAt. */
  retention: RetentionDays;
  /** Weeks of synthetic demo history seeded into the embedded store at start-up; 0 in production and with MongoDB. */
  demoHistoryWeeks: number;
  /** Oversight figures: minimum cell, fairness margin, episode gap and model token prices (issue 9). */
  oversight: OversightSettings;
}

/** Where the back-office contract is answered and how to call it. */
export interface BackOfficeSettingsBlock {
  baseUrl: string;
  auth: { token: string } | { tokenUrl: string; clientId: string; clientSecret: string; scope?: string };
  timeoutMs: number;
  maxRetries: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
}

/** The staff roles, each a superset of the one before. */
export type StaffRole = 'agent' | 'supervisor' | 'admin';

/** Staff sign-in: an OpenID provider (absent in the sandbox, which runs its own), roles and session timeouts. */
export interface StaffSettings {
  console: boolean;
  oidc?: { issuerUrl: string; clientId: string; clientSecret: string };
  rolesClaim: string;
  /** Claim value → role. */
  roleMap: Record<string, StaffRole>;
  idleMinutes: number;
  maxHours: number;
}

/** How oversight figures are computed and withheld. */
export interface OversightSettings {
  minCell: number;
  fairnessMargin: number;
  episodeGapMinutes: number;
  /** GBP per million tokens, for the estimated model cost. */
  priceGbpPerMtok: { input: number; output: number };
}

/** Retention periods in days per kind of record. */
export interface RetentionDays {
  transcripts: number;
  inbound: number;
  audit: number;
  tickets: number;
  channelMemory: number;
}

/** One problem with one environment variable. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Thrown by loadSettings; the message lists every problem, one per line, without values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';

  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.variable}: ${p.problem}`).join('\n'),
    );
  }
}

/** Reads, validates and shapes the settings; throws ConfigError listing every problem. */
export function loadSettings(env: RawEnv = process.env): Settings {
  const raw = cleanEnv(env);
  const problems: ConfigProblem[] = [];

  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ variable: String(issue.path[0] ?? '(environment)'), problem: issue.message });
    }
  }
  // Cross-field rules depend only on which variables are set, so they run even when a
  // value failed its own check: the operator still sees everything in one error.
  problems.push(...crossFieldProblems(raw, parsed.success ? parsed.data : undefined));

  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return toSettings(parsed.data);
}

/** Rules that join several variables. */
function crossFieldProblems(raw: RawEnv, parsed: ParsedEnv | undefined): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const isSet = (name: string) => raw[name] !== undefined;

  const allOrNone = (group: string, names: readonly string[]) => {
    const present = names.filter(isSet);
    if (present.length === 0 || present.length === names.length) return;
    for (const name of names.filter((n) => !isSet(n))) {
      problems.push({ variable: name, problem: `required to enable ${group} because ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set` });
    }
  };

  const twilio = ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER'] as const;
  allOrNone('Twilio SMS', twilio);
  if (twilio.some(isSet) && !isSet('PUBLIC_BASE_URL')) {
    problems.push({ variable: 'PUBLIC_BASE_URL', problem: 'required when Twilio is configured (webhook signatures are checked against it)' });
  }

  // The signing secret alone is allowed: Slack checks the Request URL before it issues the bot token.
  allOrNone('the Slack agent desk', ['SLACK_BOT_TOKEN', 'SLACK_HANDOFF_CHANNEL']);
  if (isSet('SLACK_BOT_TOKEN') && !isSet('SLACK_SIGNING_SECRET')) problems.push({ variable: 'SLACK_SIGNING_SECRET', problem: 'required to enable the Slack agent desk because SLACK_BOT_TOKEN is set' });
  allOrNone('staff sign-in', ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET']);
  allOrNone('back-office client credentials', ['BACKOFFICE_TOKEN_URL', 'BACKOFFICE_CLIENT_ID', 'BACKOFFICE_CLIENT_SECRET']);
  if (isSet('BACKOFFICE_BASE_URL') && !isSet('BACKOFFICE_TOKEN') && !isSet('BACKOFFICE_TOKEN_URL')) {
    problems.push({ variable: 'BACKOFFICE_TOKEN', problem: 'required when BACKOFFICE_BASE_URL is set (or BACKOFFICE_TOKEN_URL, BACKOFFICE_CLIENT_ID and BACKOFFICE_CLIENT_SECRET)' });
  }
  if (isSet('BACKOFFICE_TOKEN') && isSet('BACKOFFICE_TOKEN_URL')) {
    problems.push({ variable: 'BACKOFFICE_TOKEN', problem: 'set either BACKOFFICE_TOKEN or the client-credentials trio (BACKOFFICE_TOKEN_URL …), not both' });
  }

  if (isSet('MICROSOFT_APP_PASSWORD') && !isSet('MICROSOFT_APP_ID')) {
    problems.push({ variable: 'MICROSOFT_APP_ID', problem: 'required when MICROSOFT_APP_PASSWORD is set' });
  }
  // Reading the raw value keeps this rule alive when MICROSOFT_APP_TYPE itself is invalid.
  const appType = raw.MICROSOFT_APP_TYPE ?? 'SingleTenant';
  if (appType === 'SingleTenant' && isSet('MICROSOFT_APP_ID') && !isSet('MICROSOFT_APP_TENANT_ID')) {
    problems.push({ variable: 'MICROSOFT_APP_TENANT_ID', problem: 'required when MICROSOFT_APP_ID is set and MICROSOFT_APP_TYPE is SingleTenant' });
  }

  if (isSet('OPENAI_AZURE_API_VERSION') && !isSet('OPENAI_BASE_URL')) {
    problems.push({ variable: 'OPENAI_BASE_URL', problem: 'required when OPENAI_AZURE_API_VERSION is set (the Azure resource endpoint)' });
  }

  // Demo history is invented: it must never mix with a real service's records.
  if (raw.DEMO_HISTORY_WEEKS !== undefined && raw.DEMO_HISTORY_WEEKS !== '0' && (raw.NODE_ENV === 'production' || isSet('MONGODB_URI'))) {
    problems.push({ variable: 'DEMO_HISTORY_WEEKS', problem: 'must be 0 in production and with MONGODB_URI (demo history goes only into the embedded store)' });
  }

  if (parsed?.METRICS_PORT !== undefined && parsed.METRICS_PORT === parsed.PORT) {
    problems.push({ variable: 'METRICS_PORT', problem: 'must differ from PORT (metrics get a port of their own)' });
  }
  problems.push(...productionProblems(raw));

  if (parsed && parsed.OUTBOX_BASE_DELAY_MS > parsed.OUTBOX_MAX_DELAY_MS) {
    problems.push({ variable: 'OUTBOX_BASE_DELAY_MS', problem: 'must not be greater than OUTBOX_MAX_DELAY_MS' });
  }
  return problems;
}

/** Shapes the flat, validated environment into the nested Settings object. */
function toSettings(env: ParsedEnv): Settings {
  const settings: Settings = {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    logLevel: env.LOG_LEVEL,
    mongodbUri: env.MONGODB_URI,
    mongodbServerSelectionTimeoutMs: env.MONGODB_SERVER_SELECTION_TIMEOUT_MS,
    adminToken: env.ADMIN_TOKEN,
    allowEmbeddedStore: env.ALLOW_EMBEDDED_STORE === 'true',
    metrics: { token: env.METRICS_TOKEN, port: env.METRICS_PORT },
    staff: {
      console: env.STAFF_CONSOLE === 'on',
      ...(env.OIDC_ISSUER_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? { oidc: { issuerUrl: env.OIDC_ISSUER_URL, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET } }
        : {}),
      rolesClaim: env.OIDC_ROLES_CLAIM,
      roleMap: parseRoleMap(env.OIDC_ROLE_MAP),
      idleMinutes: env.STAFF_SESSION_IDLE_MINUTES,
      maxHours: env.STAFF_SESSION_MAX_HOURS,
    },
    webChat: {
      sessionMessagesPerMinute: env.WEB_CHAT_SESSION_MESSAGES_PER_MINUTE,
      ipMessagesPerMinute: env.WEB_CHAT_IP_MESSAGES_PER_MINUTE,
      newSessionsPerHour: env.WEB_CHAT_NEW_SESSIONS_PER_HOUR,
    },
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
      maxRetries: env.OPENAI_MAX_RETRIES,
      breakerThreshold: env.OPENAI_BREAKER_THRESHOLD,
      breakerCooldownMs: env.OPENAI_BREAKER_COOLDOWN_MS,
      // Without a key there is no model and so nothing beside it to run.
      moderation: { enabled: env.OPENAI_MODERATION === 'on' && Boolean(env.OPENAI_API_KEY), timeoutMs: env.OPENAI_MODERATION_TIMEOUT_MS },
      ...(env.OPENAI_AZURE_API_VERSION ? { azure: { apiVersion: env.OPENAI_AZURE_API_VERSION, deployment: env.OPENAI_AZURE_DEPLOYMENT } } : {}),
    },
    microsoft: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
      appType: env.MICROSOFT_APP_TYPE,
      allowedTenants: allowedTenants(env),
    },
    sms: {
      maxSegments: env.SMS_MAX_SEGMENTS,
      burstWindowMs: env.SMS_BURST_WINDOW_MS,
      rateLimit: { messages: env.SMS_RATE_LIMIT_MESSAGES, windowSeconds: env.SMS_RATE_LIMIT_WINDOW_SECONDS },
      maxInboundChars: env.SMS_MAX_INBOUND_CHARS,
    },
    dialog: { maxReprompts: env.DIALOG_MAX_REPROMPTS, maxUnsure: env.DIALOG_MAX_UNSURE },
    handoff: { slaMinutes: env.HANDOFF_SLA_MINUTES, queueUpdateMinutes: env.QUEUE_UPDATE_MINUTES },
    outbox: { maxAttempts: env.OUTBOX_MAX_ATTEMPTS, baseDelayMs: env.OUTBOX_BASE_DELAY_MS, maxDelayMs: env.OUTBOX_MAX_DELAY_MS },
    lease: { ttlMs: env.LEASE_TTL_MS },
    http: { bodyLimit: env.HTTP_BODY_LIMIT, shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS, trustProxy: trustProxyValue(env.TRUST_PROXY) },
    retention: {
      transcripts: env.RETENTION_TRANSCRIPT_DAYS,
      inbound: env.RETENTION_INBOUND_DAYS,
      audit: env.RETENTION_AUDIT_DAYS,
      tickets: env.RETENTION_TICKET_DAYS,
      channelMemory: env.RETENTION_CHANNEL_MEMORY_DAYS,
    },
    demoHistoryWeeks: env.DEMO_HISTORY_WEEKS ?? (env.NODE_ENV === 'development' && !env.MONGODB_URI ? 8 : 0),
    oversight: {
      minCell: env.OVERSIGHT_MIN_CELL,
      fairnessMargin: env.OVERSIGHT_FAIRNESS_MARGIN,
      episodeGapMinutes: env.OVERSIGHT_EPISODE_GAP_MINUTES,
      priceGbpPerMtok: { input: env.OPENAI_PRICE_INPUT_GBP_PER_MTOK, output: env.OPENAI_PRICE_OUTPUT_GBP_PER_MTOK },
    },
  };
  // The cross-field rules guarantee each trio is complete when any part is set.
  if (env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN && env.TWILIO_FROM_NUMBER) {
    settings.twilio = {
      accountSid: env.TWILIO_ACCOUNT_SID,
      authToken: env.TWILIO_AUTH_TOKEN,
      fromNumber: env.TWILIO_FROM_NUMBER,
      apiBaseUrl: env.TWILIO_API_BASE_URL,
      // Only when set, so the block keeps its shape; the client's default is 10 s.
      ...(env.TWILIO_TIMEOUT_MS ? { timeoutMs: env.TWILIO_TIMEOUT_MS } : {}),
    };
  }
  if (env.BACKOFFICE_BASE_URL) settings.backOffice = backOfficeBlock(env, env.BACKOFFICE_BASE_URL);
  if (env.SLACK_SIGNING_SECRET && !env.SLACK_BOT_TOKEN) settings.slackUrlCheck = { signingSecret: env.SLACK_SIGNING_SECRET };
  if (env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET && env.SLACK_HANDOFF_CHANNEL) {
    settings.slack = {
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET,
      handoffChannel: env.SLACK_HANDOFF_CHANNEL,
      apiUrl: env.SLACK_API_URL,
    };
  }
  return settings;
}

/** The back-office block; the cross-field rules guarantee a token or the client-credentials trio. */
function backOfficeBlock(env: ParsedEnv, baseUrl: string): BackOfficeSettingsBlock {
  const auth: BackOfficeSettingsBlock['auth'] =
    env.BACKOFFICE_TOKEN_URL && env.BACKOFFICE_CLIENT_ID && env.BACKOFFICE_CLIENT_SECRET
      ? { tokenUrl: env.BACKOFFICE_TOKEN_URL, clientId: env.BACKOFFICE_CLIENT_ID, clientSecret: env.BACKOFFICE_CLIENT_SECRET, ...(env.BACKOFFICE_SCOPE ? { scope: env.BACKOFFICE_SCOPE } : {}) }
      : { token: env.BACKOFFICE_TOKEN ?? '' };
  return {
    baseUrl,
    auth,
    timeoutMs: env.BACKOFFICE_TIMEOUT_MS,
    maxRetries: env.BACKOFFICE_MAX_RETRIES,
    breakerThreshold: env.BACKOFFICE_BREAKER_THRESHOLD,
    breakerCooldownMs: env.BACKOFFICE_BREAKER_COOLDOWN_MS,
  };
}

/** TRUST_PROXY as express reads it: "1" is a hop count, "true"/"false" are booleans, anything else a list. */
function trustProxyValue(text: string): number | boolean | string {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/** `Switchboard.Agent=agent,…` as a lookup; the schema has checked the shape. */
function parseRoleMap(text: string): Record<string, StaffRole> {
  const map: Record<string, StaffRole> = {};
  for (const pair of text.split(',')) {
    const [value, role] = pair.split('=').map((part) => part.trim());
    if (value && role) map[value] = role as StaffRole;
  }
  return map;
}

/** The Teams tenant allowlist: the listed tenants, else the app's own tenant when SingleTenant. */
function allowedTenants(env: ParsedEnv): string[] {
  if (env.MICROSOFT_ALLOWED_TENANTS) return env.MICROSOFT_ALLOWED_TENANTS.split(',').map((id) => id.trim().toLowerCase());
  return env.MICROSOFT_APP_TYPE === 'SingleTenant' && env.MICROSOFT_APP_TENANT_ID ? [env.MICROSOFT_APP_TENANT_ID.toLowerCase()] : [];
}

/** Every secret value in the settings, for the logger's exact-value redaction. */
export function secretValues(settings: Settings): string[] {
  const values = [
    settings.mongodbUri,
    settings.adminToken,
    settings.openai.apiKey,
    settings.twilio?.authToken,
    settings.microsoft.appPassword,
    settings.slack?.botToken,
    settings.slack?.signingSecret,
    settings.slackUrlCheck?.signingSecret,
    settings.metrics.token,
    settings.staff.oidc?.clientSecret,
    settings.backOffice && 'token' in settings.backOffice.auth ? settings.backOffice.auth.token : undefined,
    settings.backOffice && 'clientSecret' in settings.backOffice.auth ? settings.backOffice.auth.clientSecret : undefined,
  ];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}

const setOrNot = (value: string | undefined) => (value ? 'set' : 'not set');

/** A loggable summary of the settings: secrets appear only as "set" / "not set". */
export function describeSettings(settings: Settings): Record<string, unknown> {
  return {
    nodeEnv: settings.nodeEnv,
    port: settings.port,
    publicBaseUrl: settings.publicBaseUrl ?? 'not set',
    logLevel: settings.logLevel,
    // The URI may embed a password, so only its presence is shown.
    mongodb: settings.mongodbUri ? 'set' : 'not set (embedded store)',
    adminToken: setOrNot(settings.adminToken),
    allowEmbeddedStore: settings.allowEmbeddedStore,
    metrics: { token: setOrNot(settings.metrics.token), port: settings.metrics.port ?? 'main port' },
    staff: {
      console: settings.staff.console,
      oidc: settings.staff.oidc ? { issuerUrl: settings.staff.oidc.issuerUrl, clientId: settings.staff.oidc.clientId, clientSecret: 'set' } : 'sandbox provider',
      rolesClaim: settings.staff.rolesClaim,
      roleMap: { ...settings.staff.roleMap },
      idleMinutes: settings.staff.idleMinutes,
      maxHours: settings.staff.maxHours,
    },
    webChat: { ...settings.webChat },
    backOffice: settings.backOffice
      ? {
          baseUrl: settings.backOffice.baseUrl,
          auth: 'token' in settings.backOffice.auth ? 'bearer token (set)' : { tokenUrl: settings.backOffice.auth.tokenUrl, clientId: settings.backOffice.auth.clientId, clientSecret: 'set' },
          timeoutMs: settings.backOffice.timeoutMs,
          maxRetries: settings.backOffice.maxRetries,
          breakerThreshold: settings.backOffice.breakerThreshold,
          breakerCooldownMs: settings.backOffice.breakerCooldownMs,
        }
      : 'sandbox demo data (in-process)',
    openai: {
      apiKey: setOrNot(settings.openai.apiKey),
      baseUrl: settings.openai.baseUrl ?? 'default',
      model: settings.openai.model,
      timeoutMs: settings.openai.timeoutMs,
      maxRetries: settings.openai.maxRetries,
      moderation: settings.openai.moderation.enabled ? { timeoutMs: settings.openai.moderation.timeoutMs } : 'off',
      azure: settings.openai.azure ? { ...settings.openai.azure } : 'not used',
    },
    twilio: settings.twilio
      ? {
          accountSid: settings.twilio.accountSid,
          authToken: 'set',
          fromNumber: settings.twilio.fromNumber,
          apiBaseUrl: settings.twilio.apiBaseUrl ?? 'default',
        }
      : 'not configured',
    microsoft: {
      appId: settings.microsoft.appId ?? 'not set',
      appPassword: setOrNot(settings.microsoft.appPassword),
      tenantId: settings.microsoft.tenantId ?? 'not set',
      appType: settings.microsoft.appType,
      allowedTenants: settings.microsoft.allowedTenants.length > 0 ? settings.microsoft.allowedTenants : 'any',
    },
    slack: settings.slack
      ? {
          botToken: 'set',
          signingSecret: 'set',
          handoffChannel: settings.slack.handoffChannel,
          apiUrl: settings.slack.apiUrl ?? 'default',
        }
      : 'not configured',
    sms: { ...settings.sms, rateLimit: { ...settings.sms.rateLimit } },
    dialog: { ...settings.dialog },
    handoff: { ...settings.handoff },
    outbox: { ...settings.outbox },
    lease: { ...settings.lease },
    http: { ...settings.http },
    retention: { ...settings.retention },
    demoHistoryWeeks: settings.demoHistoryWeeks,
    oversight: { ...settings.oversight, priceGbpPerMtok: { ...settings.oversight.priceGbpPerMtok } },
  };
}

/** Names of the variables treated as secrets, for documentation and tests. */
export const secretVariableNames: readonly string[] = SECRET_VARIABLES;
