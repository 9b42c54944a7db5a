/** The feedback question in the engine: when it is asked, what counts as an answer, and when it is never asked. */
import { demoData, feedbackContent, flows, knowledgeArticles, replies } from '../../config/content';
import { createDialogEngine } from '../../dialogs/engine';
import { clickedScore, isClosing, readScore } from '../../dialogs/feedback';
import { createSandboxConnector } from '../../dialogs/sandbox-connector';
import type { DialogState } from '../../dialogs/types';
import { createOfflineMatcher } from '../../dialogs/understanding/offline-matcher';
import { conversation, NOW, type Conversation } from './conversation';

const QUESTION = /^How did we do today\? Reply 1 to 5, where 5 is very good\.$/;

async function reportMissedBin(c: Conversation): Promise<void> {
  for (const text of ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes']) await c.send(text);
  c.expectOutcome({ status: 'complete', flowId: 'missed-bin', connector: 'ok' });
}

describe('asking', () => {
  it('asks once a request is done, after the result, with five score buttons', async () => {
    const c = conversation();
    await reportMissedBin(c);
    const [result, question] = c.last.replies;
    expect(result?.text).toMatch(/Your reference is MB-\d{6}/);
    expect(question?.text).toMatch(QUESTION);
    expect(question?.choices).toEqual([
      { value: 'feedback:1', label: 'Very poor' },
      { value: 'feedback:2', label: 'Poor' },
      { value: 'feedback:3', label: 'OK' },
      { value: 'feedback:4', label: 'Good' },
      { value: 'feedback:5', label: 'Very good' },
    ]);
    expect(c.last.feedback).toEqual({ event: 'asked' });
    expect(c.state?.feedback).toEqual({ status: 'pending', askedAt: NOW.toISOString() });
  });

  it('asks in Welsh in a Welsh conversation, and thanks in Welsh', async () => {
    const c = conversation({ locale: 'cy' });
    await reportMissedBin(c);
    const question = c.last.replies.at(-1);
    expect(question?.text).toBe('Sut wnaethon ni heddiw? Atebwch 1 i 5, lle mae 5 yn dda iawn.');
    expect(question?.choices?.map((x) => x.label)).toEqual(['Gwael iawn', 'Gwael', 'Iawn', 'Da', 'Da iawn']);
    await c.send('5');
    expect(c.last.replies).toEqual([{ text: "Diolch am ddweud wrthon ni. Mae'n ein helpu i wella hyn." }]);
    expect(c.last.feedback).toEqual({ event: 'answered', score: 5 });
  });

  it('does not ask after a request that did not go through', async () => {
    const c = conversation();
    for (const text of ['what do I owe on council tax', '99999999', 'CF10 1AA', 'yes']) await c.send(text);
    c.expectOutcome({ status: 'complete', connector: 'not-found' });
    c.expectNoReply(/How did we do/);
    expect(c.last.feedback).toBeUndefined();
  });

  it('does not ask after every answer, but when the person says thanks after one', async () => {
    const c = conversation();
    await c.send('what goes in the recycling bin?');
    c.expectOutcome({ status: 'answered' });
    c.expectNoReply(/How did we do/);
    await c.send('thanks, that is all');
    expect(c.last.replies.map((r) => r.text)).toEqual(["You're welcome. Message again any time.", expect.stringMatching(QUESTION)]);
    expect(c.last.feedback).toEqual({ event: 'asked' });
    await c.send('thank you');
    expect(c.last.replies.map((r) => r.text)).toEqual(["You're welcome. Message again any time."]);
    expect(c.last.feedback).toBeUndefined();
  });

  it('says you are welcome to thanks with nothing to ask about', async () => {
    const c = conversation();
    await c.send('cheers, bye');
    expect(c.last.replies.map((r) => r.text)).toEqual(["You're welcome. Message again any time."]);
    expect(c.last.feedback).toBeUndefined();
  });

  it('asks at most once per visit: a second request within two hours is not followed by it, one later is', async () => {
    const engine = realEngine();
    let state: DialogState | null = null;
    const say = async (text: string, now: Date) => {
      const r = await engine.turn(state, { text, now });
      state = r.state;
      return r;
    };
    const report = async (now: Date) => {
      let last;
      for (const text of ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes']) last = await say(text, now);
      return last;
    };
    expect((await report(NOW))?.feedback).toEqual({ event: 'asked' });
    const soon = new Date(NOW.getTime() + 90 * 60_000);
    expect((await report(soon))?.feedback).toBeUndefined();
    const later = new Date(NOW.getTime() + 2 * 60 * 60_000);
    expect((await report(later))?.feedback).toEqual({ event: 'asked' });
  });
});

describe('never asking', () => {
  it('never asks after a crisis, even a later request in the same conversation', async () => {
    const c = conversation();
    await c.send('I want to end my life');
    c.expectOutcome({ status: 'handoff', reason: 'crisis' });
    await reportMissedBin(c);
    c.expectNoReply(/How did we do/);
    expect(c.last.feedback).toBeUndefined();
    expect(c.state?.crisis).toBe(true);
    await c.send('start again');
    await reportMissedBin(c);
    c.expectNoReply(/How did we do/);
  });

  it('never asks when the channel says no (an opted-out number)', async () => {
    const engine = realEngine();
    let state: DialogState | null = null;
    let last;
    for (const text of ['my bin was missed', 'CF10 1AA', '12', 'the blue bin', 'yesterday', 'yes']) {
      last = await engine.turn(state, { text, now: NOW, mayAskFeedback: false });
      state = last.state;
    }
    expect(last?.outcome).toMatchObject({ status: 'complete', connector: 'ok' });
    expect(last?.replies.map((r) => r.text).join('\n')).not.toMatch(/How did we do/);
    expect(last?.feedback).toBeUndefined();
    expect(state?.feedback).toBeUndefined();
  });

  it('askFeedback (after an agent resolves) refuses after a crisis and where the channel says no', () => {
    const engine = realEngine();
    const fresh = engine.initialState('public');
    expect(engine.askFeedback(fresh, { now: NOW })?.reply.text).toMatch(QUESTION);
    expect(engine.askFeedback({ ...fresh, crisis: true }, { now: NOW })).toBeNull();
    expect(engine.askFeedback(fresh, { now: NOW, mayAskFeedback: false })).toBeNull();
  });

  it('is off in an engine built without the feedback content', async () => {
    const engine = createDialogEngine({ ...deps(), feedback: undefined });
    expect(engine.askFeedback(engine.initialState('public'), { now: NOW })).toBeNull();
  });
});

describe('answering', () => {
  it('takes a typed score, thanks the person, and records only the score', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.send('4');
    expect(c.last.replies).toEqual([{ text: 'Thank you for telling us. It helps us make this better.' }]);
    expect(c.last.feedback).toEqual({ event: 'answered', score: 4 });
    expect(c.last.decision.rule).toBe('feedback:answered');
    expect(c.state?.feedback?.status).toBe('answered');
  });

  it('takes a clicked button the same way', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.click('feedback:2');
    expect(c.last.feedback).toEqual({ event: 'answered', score: 2 });
  });

  it('treats anything else as a normal message: it is answered, and the question lapses', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.send('what goes in the recycling bin?');
    c.expectOutcome({ status: 'answered' });
    c.expectNoReply(/Thank you for telling us/);
    expect(c.last.feedback).toBeUndefined();
    // Now "3" is no longer an answer to the question: it is just a message the bot does not understand.
    await c.send('3');
    expect(c.last.feedback).toBeUndefined();
    c.expectNoReply(/Thank you for telling us/);
  });

  it('starts a new request straight from the question', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.send('what do I owe on council tax');
    c.expectReply(/account/i);
    expect(c.state?.form?.flowId).toBe('council-tax-balance');
  });

  it('counts a button clicked after another message, but thanks without counting a second or stale click', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.send('what goes in the recycling bin?');
    await c.click('feedback:5');
    expect(c.last.feedback).toEqual({ event: 'answered', score: 5 });
    await c.click('feedback:1');
    expect(c.last.feedback).toBeUndefined();
    expect(c.last.decision.rule).toBe('feedback:stale');
    c.expectReply(/Thank you for telling us/);
  });

  it('still puts a crisis first when the question is pending', async () => {
    const c = conversation();
    await reportMissedBin(c);
    await c.send('I want to kill myself');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
    expect(c.last.feedback).toBeUndefined();
  });
});

describe('reading replies', () => {
  it.each([['4', 4], [' 5 ', 5], ['1.', 1], ['3/5', 3], ['2 out of 5', 2], ['4 allan o 5', 4]])('"%s" is the score %d', (text, score) => {
    expect(readScore(text)).toBe(score);
  });

  it.each(['0', '6', '45', '4 bins', 'four', 'CF10 1AA', ''])('"%s" is not a score', (text) => {
    expect(readScore(text)).toBeNull();
  });

  it('reads only feedback buttons', () => {
    expect(clickedScore('feedback:3')).toBe(3);
    expect(clickedScore('yes')).toBeNull();
    expect(clickedScore('feedback:9')).toBeNull();
  });

  it.each(['thanks', 'Thank you very much!', "that's all", 'no thanks, bye', 'diolch yn fawr', "dyna'r cyfan", 'ok cheers'])('"%s" closes', (text) => {
    expect(isClosing(text)).toBe(true);
  });

  it.each(['thanks, when is my bin day?', 'my bin was missed', 'ok', 'no', 'help', 'thank you for nothing, my bin is still full'])('"%s" does not close', (text) => {
    expect(isClosing(text)).toBe(false);
  });
});

function deps() {
  return {
    flows,
    articles: knowledgeArticles,
    understander: createOfflineMatcher({ flows, articles: knowledgeArticles }),
    connector: createSandboxConnector(demoData, { now: () => NOW }),
    replies,
    maxReprompts: 2,
    maxUnsure: 2,
    feedback: feedbackContent,
  };
}

function realEngine() {
  return createDialogEngine(deps());
}
