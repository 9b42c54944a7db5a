/**
 * Retention from settings: each record carries an expiry date computed from RETENTION_*_DAYS,
 * closed handoff tickets get one when they close, and the TTL sweep removes exactly what is due.
 */
import { configureRetention, DEFAULT_RETENTION_DAYS } from '../../bots/store/retention';
import { createEmbeddedStore, type EmbeddedStore } from '../../bots/store/embedded-store';
import type { AuditDoc, ConversationDoc, HandoffDoc, InboundDoc, MessageDoc, OutboxDoc } from '../../bots/store/documents';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-05-01T10:00:00Z');
const days = (n: number) => new Date(t0.getTime() + n * DAY);

let now: Date;
let store: EmbeddedStore;
let t: TestService;
beforeEach(async () => {
  now = t0;
  store = createEmbeddedStore({ clock: () => now });
  t = await testService({
    engine: echoEngine(),
    store,
    clock: () => now,
    env: { RETENTION_TRANSCRIPT_DAYS: '30', RETENTION_INBOUND_DAYS: '2', RETENTION_AUDIT_DAYS: '400', RETENTION_TICKET_DAYS: '200', RETENTION_CHANNEL_MEMORY_DAYS: '45' },
  });
});
afterEach(async () => {
  await t.service.stop();
  configureRetention(DEFAULT_RETENTION_DAYS);
});

const one = async <T>(name: Parameters<EmbeddedStore['collection']>[0], filter: Record<string, unknown> = {}) =>
  (await store.collection<T & { _id: string }>(name).findOne(filter)) as T | null;

it('stamps every kind of record with the configured period', async () => {
  await t.service.pipeline.receive(webMessage('ret-session', 'hello', { receivedAt: t0 }));
  await t.service.memory.set('web:ret-session', 'sms.choices', ['a']);
  await t.settle();
  expect((await one<MessageDoc>('messages'))?.expiresAt).toEqual(days(30));
  expect((await one<OutboxDoc>('outbox'))?.expiresAt).toEqual(days(30));
  expect((await one<ConversationDoc>('conversations'))?.expiresAt).toEqual(days(30));
  expect((await one<InboundDoc>('inbound'))?.expiresAt).toEqual(days(2));
  expect((await one<AuditDoc>('audit'))?.expiresAt).toEqual(days(400));
  expect((await store.collection<{ _id: string; expiresAt: Date }>('channel_memory').findOne({}))?.expiresAt).toEqual(days(45));
});

it('gives a ticket an expiry only when it closes, and the sweep removes it once that has passed', async () => {
  await t.service.pipeline.receive(webMessage('open-session', 'person', { receivedAt: t0 }));
  await t.service.pipeline.receive(webMessage('done-session', 'person', { receivedAt: t0 }));
  await t.settle();
  const done = await one<HandoffDoc>('handoffs', { address: 'web:done-session' });
  expect(done?.expiresAt).toBeUndefined();
  await t.service.handoff.claim(done!._id, staff('Sam'));
  now = days(1);
  await t.service.handoff.resolve(done!._id, staff('Sam'));
  expect((await one<HandoffDoc>('handoffs', { _id: done!._id }))?.expiresAt).toEqual(days(201));

  now = days(201);
  store.sweepExpired();
  expect(await one<HandoffDoc>('handoffs', { _id: done!._id })).not.toBeNull();
  now = new Date(days(201).getTime() + 1000);
  store.sweepExpired();
  expect(await one<HandoffDoc>('handoffs', { _id: done!._id })).toBeNull();
  // The open ticket never expires, however old.
  expect((await one<HandoffDoc>('handoffs', { address: 'web:open-session' }))?.status).toBe('open');
});
