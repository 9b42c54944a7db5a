/**
 * What the Teams channel is configured with, and the start-up check that keeps production from
 * ever running the Bot Framework endpoint without authentication.
 */

/** The Microsoft settings the Teams channel needs (a copy of settings.microsoft). */
export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  /** Tenants whose activities are served; empty means any. */
  allowedTenants: string[];
}

/** A small logger, structurally the service's own, so this folder imports nothing from bots/. */
export interface TeamsLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  info(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** Raised when the Teams channel cannot start with the settings it was given. */
export class TeamsConfigError extends Error {
  readonly code = 'TEAMS_CONFIG_INVALID';
  constructor(readonly missing: readonly string[]) {
    super(
      `The Teams channel will not start in production without Bot Framework credentials. Set: ${missing.join(', ')}. ` +
        'Register the bot as described in docs/teams.md.',
    );
  }
}

/** The variables production needs before the Teams channel may start; empty when all is well. */
export function missingProductionCredentials(config: TeamsConfig): string[] {
  const missing: string[] = [];
  if (!config.appId) missing.push('MICROSOFT_APP_ID');
  // A user-assigned managed identity signs in without a password.
  if (config.appType !== 'UserAssignedMSI' && !config.appPassword) missing.push('MICROSOFT_APP_PASSWORD');
  if (config.appType !== 'MultiTenant' && !config.tenantId) missing.push('MICROSOFT_APP_TENANT_ID');
  return missing;
}

/** Throws TeamsConfigError in production when credentials are missing; emulator mode is for development only. */
export function assertTeamsCanStart(config: TeamsConfig, nodeEnv: string): void {
  if (nodeEnv !== 'production') return;
  const missing = missingProductionCredentials(config);
  if (missing.length > 0) throw new TeamsConfigError(missing);
}
