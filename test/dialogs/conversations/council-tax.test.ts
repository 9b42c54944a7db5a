/** Conversations: council tax balance, with the account number and postcode as the identity check. */
import { conversation } from '../conversation';

describe('council tax balance', () => {
  it('gives the balance and next instalment after the identity check', async () => {
    const c = conversation();
    await c.send('wot do i owe on council tax');
    c.expectReply(/8 numbers/);
    await c.send('1234 5678');
    c.expectReply(/postcode/i);
    await c.send('cf10 1aa');
    c.expectReply(/Account number: 12345678/);
    await c.send('yes');
    c.expectReply(/Your balance is £412\.50\. Your next payment is £137\.50 on Wednesday 1 April 2026\./);
    c.expectOutcome({ status: 'complete', flowId: 'council-tax-balance', connector: 'ok' });
  });

  it('is kind when the details do not match, and offers a person', async () => {
    const c = conversation();
    await c.send('how much council tax do i owe');
    await c.send('12345678');
    await c.send('SA1 1AA');
    await c.send('yes');
    c.expectReply(/don't match our records/);
    c.expectReply(/talk to a person/);
    c.expectNoReply(/£412/);
    c.expectOutcome({ status: 'complete', connector: 'identity-mismatch' });
    await c.send('yes please');
    c.expectOutcome({ status: 'handoff', reason: 'requested' });
  });

  it('says when the account is not found', async () => {
    const c = conversation();
    await c.send('council tax balance');
    await c.send('99999999');
    await c.send('CF10 1AA');
    await c.send('yes');
    c.expectOutcome({ status: 'complete', connector: 'not-found' });
    c.expectReply(/can't find that account number/);
  });

  it('re-asks for an account number that is not 8 digits, then offers a person', async () => {
    const c = conversation();
    await c.send('council tax balance');
    await c.send('1234');
    c.expectReply(/8 numbers, like 12345678/);
    await c.send('ABC');
    c.expectReply(/talk to a person, or try again/);
  });

  it('files a postcode given early under postcode, and corrects the account number', async () => {
    const c = conversation();
    await c.send('check my council tax account');
    await c.send('CF10 1AA');
    // Asked for the account number; the postcode is kept, not lost.
    c.expectReply(/8 numbers/);
    expect(c.state?.form?.slots).toEqual({ postcode: 'CF10 1AA' });
    await c.send('87654321');
    c.expectReply(/Is this right/);
    await c.send('no the account number is 12345678');
    c.expectReply(/Account number: 12345678/);
  });

  it('cancels, hands off on request and signposts crisis mid-form', async () => {
    const cancel = conversation();
    await cancel.send('council tax balance');
    await cancel.send('stop this');
    cancel.expectOutcome({ status: 'cancelled' });

    const person = conversation();
    await person.send('council tax balance');
    await person.send('12345678');
    await person.send('speak to someone');
    person.expectOutcome({ status: 'handoff', reason: 'requested' });
    const o = person.last.outcome;
    expect(o.status === 'handoff' && o.summary).toMatch(/accountReference = 12345678/);

    const crisis = conversation();
    await crisis.send('council tax balance');
    await crisis.send("I can't cope, I'm going to kill myself");
    crisis.expectReply(/Samaritans: call 116 123/);
    crisis.expectReply(/999/);
    crisis.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
  });
});
