/**
 * Safeguarding in the engine: checked first in every state, signposting for the kind of risk in
 * the person's language, never stored as a form answer, an unclear signal asked about kindly,
 * and the model-side signals (moderation, the concern tool) raising the same concern.
 */
import { demoData, flows, knowledgeArticles, replies } from '../../../config/content';
import { createDialogEngine } from '../../../dialogs/engine';
import { createSandboxConnector } from '../../../dialogs/sandbox-connector';
import type { RiskSignal, Understander } from '../../../dialogs/types';
import { conversation, NOW } from '../conversation';

describe('safeguarding in every state', () => {
  it('a crisis text at a form prompt is never stored as the answer', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    c.expectReply(/house number or name/i);
    await c.send('i cant keep going like this anymore');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent', riskKind: 'suicide' });
    c.expectReply(/116 123/);
    const outcome = c.last.outcome;
    expect(outcome.status === 'handoff' && outcome.summary).toMatch(/Kind of risk: thoughts of suicide/);
    expect(outcome.status === 'handoff' && outcome.summary).not.toMatch(/house = /);
    expect(c.state?.form).toBeNull();
  });

  it.each([
    ['I have swallowed all my sleeping pills', 'danger', /call 999 now/],
    ['he punched me again last night and I am scared to go home', 'abuse', /0808 2000 247[\s\S]*0808 80 10 800/],
    ['the kids next door are left on their own every night, the little one is only 3', 'child', /0808 800 5000/],
    ['my landlord kicked me out today and I have nowhere to sleep', 'homeless', /out-of-hours housing line: 0808 157 0100/],
    ['been cutting my arms again', 'self-harm', /NHS 111/],
  ] as const)('%j gets the %s signposting', async (text, riskKind, pattern) => {
    const c = conversation();
    await c.send(text);
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent', riskKind });
    c.expectReply(pattern);
    c.expectReply(/passing you to a person/);
  });

  it('answers in Welsh, with the Welsh-language Samaritans line, when the person writes Welsh', async () => {
    const c = conversation();
    await c.send("dwi'n meddwl am ladd fy hun heno");
    c.expectOutcome({ status: 'handoff', reason: 'crisis', riskKind: 'suicide' });
    c.expectReply(/Samariaid: ffoniwch 116 123/);
    c.expectReply(/0808 164 0123/);
    c.expectReply(/trosglwyddo i berson/);
  });

  it('answers an abuse signal in Welsh with Live Fear Free first', async () => {
    const c = conversation({ locale: 'cy' });
    await c.send('mae fy ngŵr yn fy nharo i');
    c.expectReply(/Byw Heb Ofn: 0808 80 10 800/);
  });

  it('checks a reply to the feedback question first', async () => {
    const c = conversation();
    await c.send('what day is my bin collected');
    await c.send('thanks');
    expect(c.state?.feedback?.status).toBe('pending');
    await c.send('1 honestly i want to end my life');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', riskKind: 'suicide' });
    expect(c.last.feedback).toBeUndefined();
  });
});

describe('an unclear signal is asked about, not ignored', () => {
  it('asks "are you safe?" with a person offered, and keeps the form where it was', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('sorry im really struggling at the moment');
    c.expectReply(/Are you safe\?/);
    expect(c.last.replies[0]?.choices?.map((x) => x.value)).toEqual(['safe', 'not-safe', 'person']);
    expect(c.last.decision.rule).toBe('safety:check');
    expect(c.state?.form?.slots).toEqual({ postcode: 'CF10 1AA' });
    await c.send("yes i'm safe");
    c.expectReply(/glad you're safe/);
    c.expectReply(/house number or name/i);
    expect(c.state?.offer).toBeNull();
  });

  it('hands off urgently when the answer is "no"', async () => {
    const c = conversation();
    await c.send('everything is too much right now');
    await c.send('no');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
    expect(c.last.decision.rule).toBe('safety:not-safe');
  });

  it('hands off when the person picks "talk to a person"', async () => {
    const c = conversation();
    await c.send('everything is too much right now');
    await c.click('person');
    c.expectOutcome({ status: 'handoff', reason: 'crisis' });
    expect(c.last.decision.rule).toBe('safety:person');
  });

  it('a second unclear signal goes to a person rather than asking again', async () => {
    const c = conversation();
    await c.send('really struggling tbh');
    await c.send('what bin does glass go in');
    await c.send('i just feel so alone');
    c.expectOutcome({ status: 'handoff', reason: 'crisis' });
    expect(c.last.decision.rule).toBe('crisis:repeated-concern');
  });

  it('asks in Welsh', async () => {
    const c = conversation({ locale: 'cy' });
    await c.send('dwi ddim yn ymdopi yn dda');
    c.expectReply(/Ydych chi'n ddiogel\?/);
  });
});

describe('signals from beside the model', () => {
  const signal = (over: Partial<RiskSignal>): RiskSignal => ({ source: 'moderation', kind: null, score: 0, level: 'clear', result: 'ok', ...over });
  const engineWith = (risk: RiskSignal[]) => {
    const understander: Understander = { understand: async () => ({ kind: 'question', articleIds: ['bin-day'], confidence: 0.9, source: 'model', risk }) };
    return createDialogEngine({ flows, articles: knowledgeArticles, understander, connector: createSandboxConnector(demoData), replies, maxReprompts: 2, maxUnsure: 2 });
  };

  it('a clear moderation signal hands off with its kind, whatever the model proposed, and is audited', async () => {
    const r = await engineWith([signal({ kind: 'suicide', score: 0.91 })]).turn(null, { text: 'words no local rule knows', now: NOW });
    expect(r.outcome).toMatchObject({ status: 'handoff', reason: 'crisis', riskKind: 'suicide' });
    expect(r.decision.rule).toBe('crisis:moderation');
    expect(r.decision.risk).toEqual([signal({ kind: 'suicide', score: 0.91 })]);
  });

  it("an unclear signal from the model's concern tool asks whether the person is safe", async () => {
    const r = await engineWith([signal({ source: 'model', kind: 'abuse', score: 0.4, level: 'unclear' })]).turn(null, { text: 'words no local rule knows', now: NOW });
    expect(r.decision.rule).toBe('safety:check:model');
    expect(r.state.offer).toBe('safety-check');
  });

  it('a check that looked and found nothing (or timed out) changes nothing but is still audited', async () => {
    const signals = [signal({ score: 0.02 }), signal({ source: 'model', result: 'timeout' })];
    const r = await engineWith(signals).turn(null, { text: 'when is bin day', now: NOW });
    expect(r.outcome).toEqual({ status: 'answered', articleIds: ['bin-day'] });
    expect(r.decision.risk).toEqual(signals);
  });
});
