/**
 * Builds botbuilder's CloudAdapter from settings. The only place that knows how Bot Framework
 * authentication is configured; a move to the Microsoft 365 Agents SDK starts here.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/**
 * The CloudAdapter with its authenticate-then-run step opened up, so the router decides the
 * HTTP answer itself: the SDK's process() prints errors with their stack to stdout and answers
 * a forged token with 500.
 */
export class SwitchboardCloudAdapter extends CloudAdapter {
  /** Verifies the Authorization header, then runs `logic`; rejects if the token does not verify. */
  authenticateAndRun(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
import type { TeamsConfig } from './teams-config';

/** A ready adapter and the bot's app id ('' in emulator mode). */
export interface BotAdapter {
  adapter: SwitchboardCloudAdapter;
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
  const adapter = new SwitchboardCloudAdapter(auth);
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
