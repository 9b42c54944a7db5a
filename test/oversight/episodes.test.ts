/**
 * Episodes rebuilt from the audit trail: from real turns through the service (so the seeded
 * shapes in oversight-seed.ts stay honest), and the rules for cutting a conversation into
 * episodes (a pause, a late claim, a late feedback answer).
 */
import { buildEpisodes } from '../../bots/oversight/episodes';
import type { AuditDoc } from '../../bots/store/documents';
import { testService, webMessage, type TestService } from '../support/test-service';
import { play, SeededConversation } from './oversight-seed';
import { staff } from '../support/staff';

const GAP = 30 * 60_000;

describe('episodes from real turns', () => {
  let now: Date;
  let t: TestService;
  beforeEach(async () => {
    // Tuesday 10 March 2026, midday: "yesterday" is a valid collection day.
    now = new Date('2026-03-10T12:00:00Z');
    // The real engine from config content (the offline matcher), as the sandbox runs it.
    t = await testService({ clock: () => now });
  });
  afterEach(() => t.service.stop());

  async function say(session: string, text: string, choice?: string): Promise<void> {
    await t.service.pipeline.receive(webMessage(session, text, choice ? { choice } : {}));
    await t.settle();
  }

  const audits = () => t.service.store.collection<AuditDoc>('audit').find({}, { sort: { at: 1 } });

  it('a missed bin reported to the end and scored 4 is one resolved episode with its score', async () => {
    for (const text of ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes']) await say('bins', text);
    const question = t.web.deliveries.at(-1)?.message.choices?.[3];
    expect(question?.label).toBe('Good');
    await say('bins', question?.label ?? '', question?.value);

    const episodes = buildEpisodes(await audits(), { gapMs: GAP });
    expect(episodes).toEqual([
      expect.objectContaining({ channel: 'web', locale: 'en', topic: 'missed-bin', outcome: 'resolved', handoffReason: null, claimWaitMs: null, satisfaction: 4, crisis: false, modelCalls: 0 }),
    ]);
    // The postcode was typed, never sent anywhere: the guardrail list holds kinds only.
    expect(JSON.stringify(episodes)).not.toMatch(/CF10/);
  });

  it('asking for a person, claimed two minutes later, is one handed-over episode with its wait', async () => {
    await say('person', 'I want to speak to a person');
    const [ticket] = await t.service.handoff.listTickets();
    now = new Date(now.getTime() + 120_000);
    await t.service.handoff.claim(ticket?.id ?? '', staff('Agent A'));
    now = new Date(now.getTime() + 300_000);
    await t.service.handoff.resolve(ticket?.id ?? '', staff('Agent A'));
    await t.settle();

    const episodes = buildEpisodes(await audits(), { gapMs: GAP });
    expect(episodes).toEqual([expect.objectContaining({ channel: 'web', locale: 'en', topic: 'other', outcome: 'handed-over', handoffReason: 'requested', claimWaitMs: 120_000, satisfaction: null })]);
    expect(episodes[0]?.end.getTime()).toBe(now.getTime());
  });
});

describe('cutting conversations into episodes', () => {
  const start = new Date('2026-11-20T09:00:00Z');

  it('starts a new episode when the person comes back after more than the gap', () => {
    const c = play.answered(new SeededConversation('sms', 'en', start)).wait(GAP + 60_000);
    play.requested(c);
    const episodes = buildEpisodes(c.docs, { gapMs: GAP });
    expect(episodes.map((e) => [e.topic, e.outcome])).toEqual([
      ['question', 'resolved'],
      ['other', 'handed-over'],
    ]);
    // With a longer gap the same events are one episode, handed over (a handoff outweighs an answer).
    expect(buildEpisodes(c.docs, { gapMs: 2 * GAP }).map((e) => [e.topic, e.outcome])).toEqual([['question', 'handed-over']]);
  });

  it('keeps a claim hours later, and a late feedback answer, in the episode they belong to', () => {
    const c = play.requested(new SeededConversation('web', 'cy', start)).claim(14 * 3_600_000).resolve().answered(2, 3 * 3_600_000);
    const episodes = buildEpisodes(c.docs, { gapMs: GAP });
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ locale: 'cy', outcome: 'handed-over', claimWaitMs: 14 * 3_600_000, satisfaction: 2 });
  });

  it('takes the flow as the topic and a crisis from the rule', () => {
    const c = new SeededConversation('web', 'en', start)
      .decision({ rule: 'understanding:flow', outcome: 'waiting', flowId: 'council-tax-balance' })
      .decision({ rule: 'crisis', outcome: 'handoff', guardrails: ['crisis:self-harm'], flowId: 'council-tax-balance' })
      .handoff('crisis');
    const [episode] = buildEpisodes(c.docs, { gapMs: GAP });
    expect(episode).toMatchObject({ topic: 'council-tax-balance', outcome: 'handed-over', handoffReason: 'crisis', crisis: true, guardrails: ['crisis:self-harm'] });
  });

  it('counts a crisis told while an agent had the conversation, not an unclear signal', () => {
    const clear = play.requested(new SeededConversation('web', 'en', start)).claim(60_000).safeguarding('clear').resolve();
    const unclear = play.requested(new SeededConversation('web', 'en', start)).claim(60_000).safeguarding('unclear').resolve();
    expect(buildEpisodes(clear.docs, { gapMs: GAP })[0]).toMatchObject({ crisis: true });
    expect(buildEpisodes(unclear.docs, { gapMs: GAP })[0]).toMatchObject({ crisis: false });
  });

  it('drops events whose episode began before them (a window cut through it)', () => {
    const c = play.requested(new SeededConversation('web', 'en', start)).claim(60_000).resolve();
    const withoutTheDecision = c.docs.filter((d) => d.kind !== 'decision');
    expect(buildEpisodes(withoutTheDecision, { gapMs: GAP })).toEqual([]);
  });
});
