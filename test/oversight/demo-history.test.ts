/** The sandbox's demo history: the pipeline's own audit shapes, deterministic, seasonal, and seeded once at start-up. */
import type { AuditDoc, HandoffDoc } from '../../bots/store/documents';
import { DEMO_ID_PREFIX, demoHistory, seedDemoHistory } from '../../bots/oversight/demo-history';
import { londonDateHour } from '../../bots/oversight/demand';
import { createEmbeddedStore } from '../../bots/store/embedded-store';
import { testService, webMessage } from '../support/test-service';
import { staff } from '../support/staff';

const NOW = new Date('2026-11-20T10:00:00Z');
const keys = (doc: AuditDoc) => Object.keys(doc.data).sort().join(',');

/** The audit events the real pipeline and desk write for one conversation: a greeting, a flow, a handoff to an agent and back. */
async function liveAudits(): Promise<AuditDoc[]> {
  const t = await testService();
  try {
    await t.service.pipeline.receive(webMessage('demo-shape', 'hello'));
    await t.settle();
    await t.service.pipeline.receive(webMessage('demo-shape', 'my bin was not collected'));
    await t.settle();
    await t.service.pipeline.receive(webMessage('demo-shape', 'I want to speak to a person'));
    await t.settle();
    const ticket = await t.service.store.collection<HandoffDoc>('handoffs').findOne({});
    await t.service.handoff.claim(ticket!._id, staff('Sam'));
    await t.service.handoff.resolve(ticket!._id, staff('Sam'));
    await t.settle();
    return await t.service.store.collection<AuditDoc>('audit').find({}, { sort: { at: 1 } });
  } finally {
    await t.service.stop();
  }
}

describe('demo history', () => {
  const docs = demoHistory({ now: NOW, weeks: 8 });
  const decisions = docs.filter((d) => d.kind === 'decision');

  it('writes audit events in the shapes the live pipeline writes', async () => {
    const live = await liveAudits();
    const liveDecisions = live.filter((d) => d.kind === 'decision');
    expect(liveDecisions.length).toBeGreaterThan(0);
    const allowed = new Set(liveDecisions.flatMap((d) => Object.keys(d.data)));
    const always = Object.keys(liveDecisions[0]!.data).filter((k) => liveDecisions.every((d) => k in d.data));
    // One assertion over all ~10,000 decisions (an expect per document takes seconds).
    const offShape = decisions.filter((d) => Object.keys(d.data).some((k) => !allowed.has(k)) || always.some((k) => !(k in d.data)));
    expect(offShape.slice(0, 3)).toEqual([]);
    // Ownership changes: the same fields as the turn processor and the handoff service write.
    for (const to of ['queued', 'agent', 'bot']) {
      const liveShape = live.filter((d) => d.kind === 'ownership' && d.data.to === to).map(keys);
      const demoShapes = new Set(docs.filter((d) => d.kind === 'ownership' && d.data.to === to && d.data.reason !== 'citizen-left-queue').map(keys));
      expect([...demoShapes]).toEqual([liveShape[0]]);
    }
    // Every document has the same top-level fields and types as a live one.
    const top = Object.keys(live[0]!).sort().join(',');
    const odd = docs.filter((d) => Object.keys(d).sort().join(',') !== top || !(d.at instanceof Date) || !(d.expiresAt.getTime() > NOW.getTime()));
    expect(odd.slice(0, 3)).toEqual([]);
  });

  it('records feedback as asked and answered, with the channel and language only', () => {
    const feedback = docs.filter((d) => d.kind === 'feedback');
    expect(new Set(feedback.map(keys))).toEqual(new Set(['channel,event,locale', 'channel,event,locale,score']));
    const scores = feedback.filter((d) => d.data.event === 'answered').map((d) => d.data.score as number);
    expect(scores.length).toBeGreaterThan(100);
    expect(scores.every((s) => Number.isInteger(s) && s >= 1 && s <= 5)).toBe(true);
  });

  it('holds no addresses or text: synthetic ids, and only rule names, kinds and numbers', () => {
    expect(docs.every((d) => d.conversationId.startsWith(DEMO_ID_PREFIX))).toBe(true);
    const json = JSON.stringify(docs);
    expect(json).not.toMatch(/\+44|sms:|web:|@|CF10|postcode":"/);
  });

  it('is deterministic for a seed and changes with it', () => {
    expect(demoHistory({ now: NOW, weeks: 2 })).toEqual(demoHistory({ now: NOW, weeks: 2 }));
    expect(demoHistory({ now: NOW, weeks: 2, seed: 5 })).not.toEqual(demoHistory({ now: NOW, weeks: 2 }));
  });

  it('has the seasons, channels, languages and outcomes the oversight page is about', () => {
    const firsts = new Map<string, AuditDoc>();
    for (const d of decisions) if (!firsts.has(d.conversationId)) firsts.set(d.conversationId, d);
    const starts = [...firsts.values()];
    const share = (pred: (d: AuditDoc) => boolean) => starts.filter(pred).length / starts.length;
    expect(share((d) => d.data.locale === 'cy')).toBeGreaterThan(0.15);
    expect(share((d) => d.data.locale === 'cy')).toBeLessThan(0.25);
    for (const channel of ['sms', 'web', 'teams']) expect(share((d) => d.data.channel === channel)).toBeGreaterThan(0.1);
    // Missed bins peak on Monday and Tuesday (London), and are rare at the weekend.
    const bins = starts.filter((d) => d.data.flowId === 'missed-bin');
    const weekday = (d: AuditDoc) => new Date(`${londonDateHour(d.at).date}T12:00:00Z`).getUTCDay();
    const monTue = bins.filter((d) => [1, 2].includes(weekday(d))).length;
    const weekend = bins.filter((d) => [0, 6].includes(weekday(d))).length;
    expect(monTue).toBeGreaterThan(5 * weekend);
    // Every handoff reason the engine has, and guardrails that fired.
    const reasons = new Set(docs.filter((d) => d.data.to === 'queued').map((d) => d.data.reason));
    expect(reasons).toEqual(new Set(['requested', 'crisis', 'unsure', 'repeated-failure', 'no-answer', 'outage']));
    const guardrails = new Set(decisions.flatMap((d) => d.data.guardrails as string[]).map((g) => g.split(':')[0]));
    for (const kind of ['crisis', 'pii', 'input', 'language', 'output']) expect(guardrails).toContain(kind);
    expect(decisions.some((d) => (d.data.understanding as { model?: { tokens?: unknown } } | undefined)?.model?.tokens)).toBe(true);
    // Every conversation ends the day before `now` at the latest, so demand counts only complete days.
    expect(starts.every((d) => londonDateHour(d.at).date < '2026-11-20')).toBe(true);
  });

  it('is seeded once, quickly, and not again when the store already holds it', async () => {
    const store = createEmbeddedStore();
    try {
      const started = performance.now();
      const first = await seedDemoHistory(store, { now: NOW, weeks: 8 });
      const elapsed = performance.now() - started;
      expect(first.skipped).toBe(false);
      expect(first.audits).toBe(docs.length);
      expect(elapsed).toBeLessThan(3_000); // < 1 s on a quiet machine; CI shares its cores
      expect(await seedDemoHistory(store, { now: NOW, weeks: 8 })).toEqual({ audits: 0, skipped: true });
      expect(await store.collection<AuditDoc>('audit').countDocuments({})).toBe(docs.length);
    } finally {
      await store.close();
    }
  });

  it('is seeded by the service at start-up only when DEMO_HISTORY_WEEKS asks for it', async () => {
    const withDemo = await testService({ env: { DEMO_HISTORY_WEEKS: '1' } });
    const without = await testService();
    try {
      expect(await withDemo.service.store.collection<AuditDoc>('audit').countDocuments({})).toBeGreaterThan(500);
      expect(await without.service.store.collection<AuditDoc>('audit').countDocuments({})).toBe(0);
    } finally {
      await withDemo.service.stop();
      await without.service.stop();
    }
  });
});
