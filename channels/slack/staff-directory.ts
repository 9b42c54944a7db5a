/**
 * Who a Slack user is to the desk: a member of staff only while they are a member of the
 * handoff channel (keep that channel private), known by their Slack user id, shown by their
 * display name from users.info. Both are looked up through the Web API and cached briefly,
 * so someone removed from the channel loses the desk within a minute.
 */
import type { webApi } from '@slack/bolt';
import { DeskActionError, type StaffMember } from '../desk-types';
import type { SlackDeskLogger } from './desk-listeners';

type Client = webApi.WebClient;

/** Slack members' staff ids are this prefix and their Slack user id. */
export const SLACK_STAFF_PREFIX = 'slack:';

/** How long a channel's member list and a user's name are trusted. */
const CACHE_MS = 60_000;

/** Looks up Slack users as staff. */
export class SlackStaffDirectory {
  private readonly members = new Map<string, { ids: Set<string>; until: number }>();
  private readonly names = new Map<string, { name: string; until: number }>();

  constructor(
    private readonly logger: SlackDeskLogger,
    private readonly now: () => number = Date.now,
  ) {}

  /** The staff identity of `userId`, acting in `channel`; refuses anyone who is not a member of it. */
  async staff(client: Client, userId: string, channel: string, fallbackName?: string): Promise<StaffMember> {
    if (!(await this.isMember(client, userId, channel))) {
      this.logger.warn('Slack desk action refused: the user is not a member of the handoff channel', { userId });
      throw new DeskActionError('NOT_STAFF', 'Only members of the handoff channel can work on these conversations. Ask a channel manager to add you.');
    }
    return { id: `${SLACK_STAFF_PREFIX}${userId}`, name: await this.nameOf(client, userId, fallbackName) };
  }

  private async isMember(client: Client, userId: string, channel: string): Promise<boolean> {
    const cached = this.members.get(channel);
    if (cached && cached.until > this.now()) return cached.ids.has(userId);
    const ids = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await client.conversations.members({ channel, limit: 1000, ...(cursor ? { cursor } : {}) });
      for (const id of page.members ?? []) ids.add(id);
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    this.members.set(channel, { ids, until: this.now() + CACHE_MS });
    return ids.has(userId);
  }

  private async nameOf(client: Client, userId: string, fallback?: string): Promise<string> {
    const cached = this.names.get(userId);
    if (cached && cached.until > this.now()) return cached.name;
    try {
      const { user } = await client.users.info({ user: userId });
      const name = user?.profile?.display_name || user?.real_name || user?.name || fallback || userId;
      this.names.set(userId, { name, until: this.now() + CACHE_MS });
      return name;
    } catch (error) {
      // Without the users:read scope the username from the payload is the best we have.
      this.logger.warn('Slack users.info failed; using the username instead', { error });
      return fallback || userId;
    }
  }
}
