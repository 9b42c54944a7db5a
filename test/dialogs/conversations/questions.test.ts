/** Conversations: knowledge answers with their links, honest "no answer", unsure, commands. */
import { conversation } from '../conversation';

describe('questions and commands', () => {
  it('answers from the knowledge article with its link and a card', async () => {
    const c = conversation();
    await c.send('when is my bin day?');
    c.expectOutcome({ status: 'answered', articleIds: ['bin-day'] });
    c.expectReply(/bin calendar/);
    c.expectReply(/https:\/\/www\.example-council\.gov\.uk\/bins\/collection-day/);
    expect(c.last.replies[0]?.card?.links?.[0]?.url).toBe('https://www.example-council.gov.uk/bins/collection-day');
    expect(c.last.decision.rule).toBe('knowledge:answer');
  });

  it('answers in Welsh with the Welsh link', async () => {
    const c = conversation();
    await c.send('pryd mae diwrnod bin?');
    c.expectReply(/calendr biniau/);
    c.expectReply(/\/cy\/biniau\/diwrnod-casglu/);
  });

  it('does not invent an answer when no article fits, and offers a person', async () => {
    const c = conversation();
    await c.send('can I keep chickens in my garden?');
    c.expectReply(/I don't have an answer to that\. Would you like to talk to a person\?/);
    expect(c.last.decision.rule).toBe('knowledge:none');
    expect(c.state?.offer).toBe('person');
    expect(c.last.replies[0]?.card).toBeUndefined();
    await c.click('yes');
    c.expectOutcome({ status: 'handoff', reason: 'no-answer' });
  });

  it('keeps staff articles away from the public, and answers staff in Teams', async () => {
    const pub = conversation();
    await pub.send('how much annual leave do I get?');
    pub.expectNoReply(/27 days/);
    const staff = conversation({ audience: 'staff' });
    await staff.send('how much annual leave do I get?');
    staff.expectReply(/27 days/);
    staff.expectReply(/intranet\.example-council\.gov\.uk/);
  });

  it('offers a person after repeated messages it does not understand', async () => {
    const c = conversation();
    await c.send('asdf qwerty');
    c.expectReply(/didn't understand/);
    c.expectOutcome({ status: 'unsure' });
    await c.send('zzzz');
    c.expectReply(/Would you like to talk to a person/);
    await c.send('yes');
    c.expectOutcome({ status: 'handoff', reason: 'unsure' });
  });

  it('goes back to normal when the offer of a person is declined', async () => {
    const c = conversation();
    await c.send('asdf');
    await c.send('qwerty');
    await c.send('no');
    c.expectReply(/What else can I help with/);
    expect(c.state?.offer).toBeNull();
  });

  it('shows help, greets, starts over and switches language on command', async () => {
    const c = conversation();
    await c.send('hello');
    c.expectReply(/I can help with bins/);
    await c.send('my bin was missed');
    await c.send('help');
    c.expectReply(/report a missed bin/);
    c.expectReply(/What is your postcode/);
    await c.send('Cymraeg');
    expect(c.state?.locale).toBe('cy');
    c.expectReply(/Beth yw eich cod post/);
    await c.send('start over');
    expect(c.state?.form).toBeNull();
    c.expectReply(/ddechrau eto/);
    await c.send('English');
    c.expectReply(/in English/);
  });

  it('does not treat a question about cancelling a direct debit as a cancel command', async () => {
    const c = conversation();
    await c.send('how do I cancel my direct debit for council tax?');
    expect(c.last.decision.rule).not.toBe('command:cancel');
  });

  it('signposts crisis outside a form too, whatever else is going on', async () => {
    const c = conversation();
    await c.send('someone is hitting me');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
    c.expectReply(/999/);
  });
});
