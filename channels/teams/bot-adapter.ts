/**
 * Builds botbuilder's CloudAdapter from settings. The only place that knows how Bot Framework
 * authentication is configured; a move to the Microsoft 365 Agents SDK starts here.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { TeamsConfig } from './teams-config';

/** A ready adapter and the bot's app id ('' in emulator mode). */
export interface BotAdapter {
  adapter: CloudAdapter;
  appId: string;
  /** True when no app id is set: requests are not authenticated and replies carry no token. */
  emulator: boolean;
}

/** Creates the CloudAdapter; with no app id it runs unauthenticated for the Bot Framework Emulator. */
export function createBotAdapter(config: TeamsConfig): BotAdapter {
  const appId = config.appId ?? '';
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.appPassword ?? '',
    MicrosoftAppTenantId: config.tenantId ?? '',
    // The SDK insists on an app id for SingleTenant; with none there is nothing to authenticate, so say MultiTenant.
    MicrosoftAppType: appId ? config.appType : 'MultiTenant',
  });
  const adapter = new CloudAdapter(auth);
  adapter.use(async (context, next) => {
    withoutSdkRetries(context.turnState.get(adapter.ConnectorClientKey));
    await next();
  });
  return { adapter, appId, emulator: !appId };
}

/**
 * The connector client retries 429 and 5xx by itself, for up to minutes when Retry-After is long.
 * That would outlive the outbox's claim on the entry (and so risk a second send) and hide the
 * failure from the outbox's own backoff, so one attempt per send: the outbox owns retries.
 * The pipeline sits on a private field of the SDK's compat client; the connector-errors test
 * counts the requests the fake sees, so an SDK change that breaks this fails loudly.
 */
function withoutSdkRetries(connector: unknown): void {
  const client = (connector as { client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } } } | undefined)?.client;
  client?.pipeline?.removePolicy({ phase: 'Retry' });
}
