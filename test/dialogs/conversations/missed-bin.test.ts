/** Conversations: reporting a missed bin. "Now" is Tuesday 10 March 2026. */
import { conversation } from '../conversation';

async function upToConfirmation(c: ReturnType<typeof conversation>): Promise<void> {
  await c.send('my bin was missed');
  c.expectReply(/postcode/i);
  await c.send('cf10 1aa');
  c.expectReply(/house number or name/i);
  await c.send('12');
  c.expectReply(/which bin/i);
  await c.send('the blue bin');
  c.expectReply(/which day/i);
  await c.send('yesterday');
}

describe('missed bin', () => {
  it('takes a report from start to reference', async () => {
    const c = conversation();
    await upToConfirmation(c);
    c.expectReply(/Postcode: CF10 1AA/);
    c.expectReply(/House: 12/);
    c.expectReply(/Bin: Recycling \(blue bin\)/);
    c.expectReply(/Collection day: Monday 9 March 2026/);
    c.expectReply(/Is this right\?/);
    expect(c.last.replies.at(-1)?.choices?.map((x) => x.value)).toEqual(['yes', 'no']);
    await c.send('yes');
    c.expectReply(/We've logged it\. Your reference is MB-\d{6}\. We will collect by Thursday 12 March 2026\./);
    c.expectOutcome({ status: 'complete', flowId: 'missed-bin', connector: 'ok' });
    expect(c.state?.form).toBeNull();
  });

  it('understands messy phrasing and fills what the first message already said', async () => {
    const c = conversation();
    await c.send("bins didnt come again, its CF10 1AA");
    expect(c.last.decision.rule).toBe('understanding:flow');
    expect(c.last.decision.filledSlots).toEqual(['postcode']);
    c.expectReply(/house number or name/i);
    c.expectNoReply(/postcode\?/i);
  });

  it('re-asks after an invalid answer, then offers a person after the limit', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('my house');
    c.expectReply(/doesn't look like a UK postcode/);
    c.expectReply(/What is your postcode\?/);
    expect(c.last.decision.rule).toBe('form:slot-invalid');
    await c.send('not sure');
    c.expectReply(/talk to a person, or try again/);
    expect(c.last.replies[0]?.choices?.map((x) => x.value)).toEqual(['person', 'retry']);
    expect(c.state?.offer).toBe('retry-or-person');
    await c.click('retry');
    c.expectReply(/What is your postcode\?/);
    await c.send('CF10 1AA');
    c.expectReply(/house number/);
  });

  it('hands off with reason repeated-failure when the person takes the offer', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('dunno');
    await c.send('no idea');
    await c.click('person');
    c.expectOutcome({ status: 'handoff', reason: 'repeated-failure', priority: 'normal' });
  });

  it.each(['20/03/2026', 'tomorrow 11 March', '1 February', '23/02/2026'])('rejects "%s" (future, or more than 14 days ago)', async (date) => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('12');
    await c.send('black bin');
    await c.send(date);
    c.expectReply(/last 14 days, not in the future/);
  });

  it.each([['24/02/2026', 'Tuesday 24 February 2026'], ['3 March', 'Tuesday 3 March 2026'], ['today', 'Tuesday 10 March 2026'], ['monday', 'Monday 9 March 2026'], ['last tuesday', 'Tuesday 3 March 2026']])('accepts "%s" as %s', async (date, shown) => {
    const c = conversation({ now: new Date('2026-03-10T09:00:00Z') });
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('12');
    await c.send('black bin');
    await c.send(date);
    c.expectReply(new RegExp(`Collection day: ${shown}`));
  });

  it('takes a correction mid-form ("no, the postcode is ...")', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    c.expectReply(/house number/);
    await c.send('no, the postcode is CF10 1AB');
    expect(c.last.decision.rule).toBe('form:correction');
    c.expectReply(/changed that/);
    c.expectReply(/house number/);
    await c.send('12');
    await c.send('actually it was the garden bin');
    c.expectReply(/which day/i);
    await c.send('sorry the date was yesterday');
    c.expectReply(/Postcode: CF10 1AB/);
    c.expectReply(/Garden waste/);
  });

  it('does not file a postcode as the house name', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('12');
    // "12" is no postcode; the person then gives the postcode while being asked for it again.
    await c.send('CF10 1AA');
    c.expectReply(/house number/);
    expect(c.state?.form?.slots).toEqual({ postcode: 'CF10 1AA' });
  });

  it('lets the person fix a detail after "no" at the confirmation', async () => {
    const c = conversation();
    await upToConfirmation(c);
    await c.send('no');
    c.expectReply(/Which detail do you want to change\?/);
    expect(c.last.replies[0]?.choices?.map((x) => x.value)).toEqual(['postcode', 'house', 'binType', 'collectionDate']);
    await c.click('house');
    c.expectReply(/house number or name/i);
    await c.send('rose cottage');
    c.expectReply(/House: Rose Cottage/);
    c.expectReply(/Is this right\?/);
    await c.send('yep');
    c.expectOutcome({ status: 'complete', connector: 'ok' });
  });

  it('cancels mid-form', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('cancel');
    c.expectOutcome({ status: 'cancelled' });
    c.expectReply(/stopped/);
    expect(c.state?.form).toBeNull();
  });

  it('hands to a person on request, with a summary naming the details collected', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('12');
    await c.send('can I talk to a real person');
    c.expectOutcome({ status: 'handoff', reason: 'requested', priority: 'normal' });
    c.expectReply(/passing you to a person/);
    const outcome = c.last.outcome;
    if (outcome.status !== 'handoff') throw new Error('expected handoff');
    expect(outcome.summary).toMatch(/missed-bin/);
    expect(outcome.summary).toMatch(/postcode = CF10 1AA/);
    expect(outcome.summary).toMatch(/house = 12/);
    expect(outcome.summary).toMatch(/asking for binType/);
    expect(c.state?.form).toBeNull();
  });

  it('signposts crisis support mid-form and hands off urgently', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send("honestly I just want to end my life");
    c.expectReply(/Samaritans: call 116 123/);
    c.expectReply(/999/);
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent', riskKind: 'suicide' });
    expect(c.last.decision.rule).toBe('crisis');
    expect(c.state?.crisis).toBe(true);
    expect(c.state?.form).toBeNull();
  });

  it('says so when the address is outside the area', async () => {
    const c = conversation();
    await c.send('report a missed bin');
    await c.send('SW1A 1AA');
    await c.send('10');
    await c.click('food');
    await c.send('today');
    await c.click('yes');
    c.expectOutcome({ status: 'complete', connector: 'not-found' });
    c.expectReply(/can't find that address/);
  });

  it('hands off with reason outage when the back office is down', async () => {
    const c = conversation();
    await c.send('report a missed bin');
    await c.send('NP20 9ZZ');
    await c.send('10');
    await c.send('2');
    await c.send('monday');
    await c.send('yes');
    c.expectOutcome({ status: 'handoff', reason: 'outage' });
    c.expectReply(/isn't working right now/);
  });
});
