/**
 * Delivery semantics: what the Teams sender reports to the outbox when the connector says no,
 * using the real CloudAdapter's proactive path against the fake connector.
 */
import { ChannelSendError, type ChannelMemory, type InboundMessage } from '../../channels/types';
import { createTeamsChannel, REFERENCE_KEY, type TeamsChannel } from '../../channels/teams/teams-channel';
import { createMemoryLogger } from '../../bots/logging/memory-logger';
import { BOT_ID, TENANT } from './activities';
import { startFakeConnector, type FakeConnector } from './fake-connector';

let fake: FakeConnector;
let teams: TeamsChannel;
let memory: ChannelMemory & { values: Map<string, unknown> };

/** ChannelMemory in a map: the port's in-memory form. */
function mapMemory(): ChannelMemory & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    async get<T>(address: string, key: string) {
      return values.get(`${address}|${key}`) as T | undefined;
    },
    async set(address: string, key: string, value: unknown) {
      values.set(`${address}|${key}`, value);
    },
  };
}

const address = { channel: 'teams' as const, id: 'a:conv-9' };

beforeEach(async () => {
  fake = await startFakeConnector();
  memory = mapMemory();
  const received: InboundMessage[] = [];
  teams = createTeamsChannel({
    config: { appType: 'SingleTenant', allowedTenants: [] },
    nodeEnv: 'test',
    sink: { receive: async (message) => (received.push(message), { duplicate: false }) },
    memory,
    logger: createMemoryLogger(),
    bodyLimit: '100kb',
    welcome: { en: 'Hello', cy: 'Helo' },
  });
  await memory.set('teams:a:conv-9', REFERENCE_KEY, {
    channelId: 'msteams',
    serviceUrl: fake.url,
    conversation: { id: 'a:conv-9', tenantId: TENANT, conversationType: 'personal', isGroup: false, name: '' },
    bot: { id: BOT_ID, name: 'Switchboard' },
    user: { id: '29:user-9', name: 'Alex Staff' },
  });
});
afterEach(() => fake.close());

describe('Teams sender', () => {
  it('posts proactively and returns the connector’s activity id', async () => {
    const receipt = await teams.adapter.send(address, { text: 'Your leave is approved.' }, 'key-1');
    expect(receipt).toEqual({ providerMessageId: 'sent-1' });
    expect(fake.activities('a:conv-9').map((r) => r.body.text)).toEqual(['Your leave is approved.']);
  });

  it.each([
    [429, true],
    [412, true],
    [502, true],
    [504, true],
    [401, false],
    [403, false],
    [404, false],
  ])('reports HTTP %i as retryable: %s', async (status, retryable) => {
    fake.failures.push({ status }, { status }, { status }, { status });
    const error = await teams.adapter.send(address, { text: 'x' }, 'key-2').then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChannelSendError);
    expect(error).toMatchObject({ retryable });
    // One attempt per send: retries belong to the outbox, with its backoff and jitter.
    expect(fake.activities('a:conv-9')).toHaveLength(1);
  });

  it('passes on the connector’s Retry-After', async () => {
    fake.failures.push(...Array.from({ length: 4 }, () => ({ status: 429, headers: { 'retry-after': '7' } })));
    await expect(teams.adapter.send(address, { text: 'x' }, 'key-3')).rejects.toMatchObject({ retryable: true, retryAfterMs: 7_000 });
    expect(fake.activities('a:conv-9')).toHaveLength(1);
  });

  it('gives up at once on a conversation it has no reference for', async () => {
    await expect(teams.adapter.send({ channel: 'teams', id: 'a:never-seen' }, { text: 'x' }, 'key-4')).rejects.toMatchObject({ retryable: false });
    expect(fake.requests).toEqual([]);
  });

  it('sends a typing indicator proactively', async () => {
    await teams.adapter.typing?.(address);
    expect(fake.activities('a:conv-9').map((r) => r.body.type)).toEqual(['typing']);
  });
});
