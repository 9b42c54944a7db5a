/**
 * The Slack app manifest for the agent desk: exactly the scopes, bot events, interactivity and
 * slash command the desk uses, all pointing at this service's one Slack URL. Pasted into
 * api.slack.com/apps → Create New App → From an app manifest, it replaces the clicking.
 */
import { stringify } from 'yaml';
import { SLACK_EVENTS_PATH } from '../../channels/slack/slack-desk';

/** The bot token scopes the desk needs, and why (kept beside the manifest so they cannot drift). */
export const SLACK_BOT_SCOPES: Readonly<Record<string, string>> = {
  'chat:write': 'post and edit tickets, thread replies and alerts',
  'channels:history': 'read agents’ thread replies in a public queue channel',
  'groups:history': 'read agents’ thread replies in a private queue channel',
  'channels:read': 'list the members of a public queue channel (who counts as staff)',
  'groups:read': 'list the members of a private queue channel (who counts as staff)',
  commands: 'the /queue slash command',
  'users:read': 'the agent’s display name, which the citizen sees',
};

/** Options for the manifest. */
export interface SlackManifestOptions {
  /** PUBLIC_BASE_URL: where Slack reaches the service. */
  publicBaseUrl: string;
  appName?: string;
  /** The slash command (Slack needs a name free in the workspace; any ending in "queue" works). */
  command?: string;
}

/** The manifest as a plain object (what the YAML holds). */
export function slackManifest(options: SlackManifestOptions): Record<string, unknown> {
  const url = `${options.publicBaseUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  const name = options.appName ?? 'Switchboard desk';
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name,
      description: 'Conversations the council’s assistant hands to a person.',
      long_description:
        'Switchboard posts each conversation a citizen’s text, Teams message or web chat hands to a person as a ticket in the queue channel. Agents claim it, reply in its thread (the citizen gets the reply on their own channel), write notes that stay in the team, and resolve it. Crises are flagged at once.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: name, always_online: true },
      slash_commands: [{ command: options.command ?? '/queue', url, description: 'Show the handoff queue', should_escape: false }],
    },
    oauth_config: { scopes: { bot: Object.keys(SLACK_BOT_SCOPES) } },
    settings: {
      event_subscriptions: { request_url: url, bot_events: ['message.channels', 'message.groups'] },
      interactivity: { is_enabled: true, request_url: url },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}

/** The manifest as YAML, with a header saying where it came from. */
export function slackManifestYaml(options: SlackManifestOptions): string {
  return `# Slack app manifest for Switchboard's agent desk, written by \`npm run slack:manifest\`.\n# Create New App → From an app manifest → paste this. Then install it and invite the bot to the queue channel.\n${stringify(slackManifest(options))}`;
}
