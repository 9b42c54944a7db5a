/**
 * The Teams app package: manifest.json (the bot, its scopes, the service's domain) and the two
 * icons, zipped as Teams admin centre and "Upload a custom app" expect.
 */
import AdmZip from 'adm-zip';
import { colorIcon, outlineIcon } from './teams-icons';

/** The manifest schema version written (its JSON schema ships with @microsoft/app-manifest). */
export const TEAMS_MANIFEST_VERSION = '1.24';

/** What the package is built from. */
export interface TeamsPackageOptions {
  /** MICROSOFT_APP_ID: the bot's Entra app id, also used as the Teams app id. */
  botId: string;
  /** PUBLIC_BASE_URL: its host is the app's one valid domain. */
  publicBaseUrl: string;
  /** The council's name, as Teams shows the developer. */
  developerName: string;
  privacyUrl: string;
  termsOfUseUrl: string;
  version?: string;
}

/** The manifest as an object. */
export function teamsManifest(options: TeamsPackageOptions): Record<string, unknown> {
  const base = options.publicBaseUrl.replace(/\/+$/, '');
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version: options.version ?? '1.0.0',
    id: options.botId,
    developer: { name: options.developerName, websiteUrl: `${base}/`, privacyUrl: options.privacyUrl, termsOfUseUrl: options.termsOfUseUrl },
    name: { short: 'Switchboard', full: `${options.developerName} – Switchboard` },
    description: {
      short: 'Ask the council, and reach a person when you need one.',
      full: 'Ask about bins, council tax, Blue Badges and more in English or Welsh. The assistant answers from the council’s own articles and systems, and passes you to a member of the team when it should.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#1D3557',
    bots: [{ botId: options.botId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: false, isNotificationOnly: false }],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [new URL(base).host],
  };
}

/** The zip: manifest.json, color.png, outline.png at its root. */
export function teamsPackage(options: TeamsPackageOptions): Buffer {
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(`${JSON.stringify(teamsManifest(options), null, 2)}\n`));
  zip.addFile('color.png', colorIcon());
  zip.addFile('outline.png', outlineIcon());
  return zip.toBuffer();
}
