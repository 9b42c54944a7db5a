/**
 * Subject access and erasure on the embedded store: everything about one address comes out
 * (and nothing about anyone else), erasure removes it all, and the audit trail records both
 * requests without naming the person.
 */
import { ConversationLeases } from '../../bots/pipeline/conversation-lease';
import { eraseSubject, exportSubject, SUBJECT_COLLECTIONS } from '../../bots/dp/subject-data';
import type { AuditDoc } from '../../bots/store/documents';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage, type TestService } from '../support/test-service';
import { staff } from '../support/staff';

const ALICE = 'web:alice-session';
const BOBBY = 'web:bobby-session';

let t: TestService;
beforeEach(async () => {
  t = await testService({ engine: echoEngine() });
  // Alice asks for a person, an agent claims, talks and notes; Bobby just chats.
  await t.service.pipeline.receive(webMessage('alice-session', 'my postcode is CF10 1AA'));
  await t.service.pipeline.receive(webMessage('alice-session', 'person'));
  await t.service.pipeline.receive(webMessage('bobby-session', 'bobby was here'));
  await t.settle();
  const [ticket] = await t.service.handoff.listTickets();
  await t.service.handoff.claim(ticket!.id, staff('Sam'));
  await t.service.handoff.sendAgentMessage(ticket!.id, staff('Sam'), 'Hello Alice');
  await t.service.handoff.addNote(ticket!.id, staff('Sam'), 'Alice lives at CF10 1AA');
  await t.service.memory.set(ALICE, 'teams.reference', { id: 'alice-ref' });
  await t.service.memory.set(BOBBY, 'teams.reference', { id: 'bobby-ref' });
  await t.settle();
});
afterEach(() => t.service.stop());

const deps = () => ({ store: t.service.store, clock: () => new Date(), leases: new ConversationLeases(t.service.store, 30_000, () => new Date()), requestedBy: 'test' });
const dpAudit = async () => t.service.store.collection<AuditDoc>('audit').find({ kind: 'data-protection' });

describe('subject access export', () => {
  it('holds every kind of record about the address, and nothing about anyone else', async () => {
    const exported = await exportSubject(deps(), ALICE);
    const counts = Object.fromEntries(SUBJECT_COLLECTIONS.map((name) => [name, exported.records[name].length]));
    expect(counts).toMatchObject({ conversations: 1, inbound: 2, handoffs: 1, channel_memory: 1 });
    expect(counts.messages).toBeGreaterThanOrEqual(5); // two in, echo, handoff notice, agent joined, agent message, note
    expect(counts.outbox).toBeGreaterThanOrEqual(3);
    expect(counts.audit).toBeGreaterThanOrEqual(3);
    const json = JSON.stringify(exported);
    expect(json).toContain('my postcode is CF10 1AA');
    expect(json).toContain('Alice lives at CF10 1AA'); // internal notes are about her too
    expect(json).not.toContain('bobby');
  });

  it('records that an export happened, without the address', async () => {
    await exportSubject(deps(), ALICE);
    const [entry] = await dpAudit();
    expect(entry?.data).toMatchObject({ action: 'export', requestedBy: 'test', conversations: 1 });
    expect(JSON.stringify(entry)).not.toContain('alice');
  });
});

describe('erasure', () => {
  it('removes everything about the address and leaves everyone else alone', async () => {
    const before = await exportSubject(deps(), BOBBY);
    const report = await eraseSubject(deps(), ALICE);
    expect(report.deleted).toMatchObject({ conversations: 1, inbound: 2, handoffs: 1, channel_memory: 1 });

    const after = await exportSubject(deps(), ALICE);
    for (const name of SUBJECT_COLLECTIONS) expect({ name, left: after.records[name] }).toEqual({ name, left: [] });
    expect(await t.service.handoff.listTickets()).toEqual([]);
    expect((await exportSubject(deps(), BOBBY)).records).toEqual(before.records);
    expect(await t.service.memory.get(BOBBY, 'teams.reference')).toEqual({ id: 'bobby-ref' });
  });

  it('writes one audit entry with a reference and counts, and no personal data', async () => {
    const report = await eraseSubject(deps(), ALICE);
    const erasures = (await dpAudit()).filter((entry) => entry.data.action === 'erasure');
    expect(erasures).toHaveLength(1);
    expect(erasures[0]?.data).toMatchObject({ reference: report.reference, deleted: report.deleted });
    const text = JSON.stringify(erasures);
    for (const personal of ['alice', 'CF10', 'Sam', 'postcode']) expect(text).not.toContain(personal);
  });

  it('waits for a turn in progress to finish before erasing, so no turn writes after it', async () => {
    const leases = new ConversationLeases(t.service.store, 30_000, () => new Date());
    const turn = await leases.tryAcquire(ALICE);
    expect(turn).not.toBeNull();
    let erased = false;
    const erasure = eraseSubject(deps(), ALICE).then(() => {
      erased = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(erased).toBe(false);
    await leases.release(turn!);
    await erasure;
    expect((await exportSubject(deps(), ALICE)).records.conversations).toEqual([]);
  });

  it('is a harmless no-op for an address never seen, and still audited', async () => {
    const report = await eraseSubject(deps(), 'sms:+447700900999');
    expect(Object.values(report.deleted).every((n) => n === 0)).toBe(true);
    expect((await dpAudit()).map((entry) => entry.data.action)).toEqual(['erasure']);
  });
});
