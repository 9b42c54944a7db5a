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
  return { adapter: new CloudAdapter(auth), appId, emulator: !appId };
}
