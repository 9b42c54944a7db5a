/** Conversations: checking a Blue Badge application, in English and in Welsh. */
import { conversation } from '../conversation';

describe('application status', () => {
  it('reports the status of a Blue Badge application', async () => {
    const c = conversation();
    await c.send('where is my blue badge');
    c.expectReply(/starts with BB/);
    await c.send('bb 123456');
    await c.send('CF10 1AA');
    c.expectReply(/Reference: BB-123456/);
    await c.click('yes');
    c.expectReply(/Your Blue Badge application: approved, your badge is in the post \(updated Friday 20 February 2026\)\./);
    c.expectOutcome({ status: 'complete', flowId: 'application-status', connector: 'ok' });
  });

  it('takes the reference from the first message', async () => {
    const c = conversation();
    await c.send('any news on my blue badge? ref BB654321');
    c.expectReply(/What is your postcode/);
    await c.send('SA1 1AA');
    c.expectReply(/Reference: BB-654321/);
  });

  it('re-asks for a malformed reference, then offers a person', async () => {
    const c = conversation();
    await c.send('application status');
    await c.send('123');
    c.expectReply(/BB and 6 numbers/);
    await c.send('BB12');
    c.expectReply(/talk to a person, or try again/);
    await c.send('1');
    c.expectOutcome({ status: 'handoff', reason: 'repeated-failure' });
  });

  it('lets the person change the reference after "no" at the confirmation', async () => {
    const c = conversation();
    await c.send('application status');
    await c.send('BB-654321');
    await c.send('CF10 1AA');
    await c.click('no');
    await c.send('reference');
    c.expectReply(/application reference/);
    await c.send('BB-123456');
    c.expectReply(/Reference: BB-123456/);
    await c.send('yes');
    c.expectOutcome({ status: 'complete', connector: 'ok' });
  });

  it('runs in Welsh when the person writes in Welsh', async () => {
    const c = conversation();
    await c.send('ble mae fy mathodyn glas');
    expect(c.state?.locale).toBe('cy');
    c.expectReply(/Beth yw cyfeirnod eich cais/);
    await c.send('BB-123456');
    c.expectReply(/Beth yw eich cod post/);
    await c.send('na, y cod post yw CF10 1AA');
    c.expectReply(/Cod post: CF10 1AA/);
    c.expectReply(/Ydy hyn yn gywir/);
    await c.send('ie');
    c.expectReply(/Eich cais am Bathodyn Glas: wedi'i gymeradwyo/);
    c.expectReply(/Dydd Gwener 20 Chwefror 2026/);
  });

  it('cancels, hands off on request and signposts crisis mid-form, in Welsh too', async () => {
    const cancel = conversation();
    await cancel.send('application status');
    await cancel.send('cancel that');
    cancel.expectOutcome({ status: 'cancelled' });

    const person = conversation();
    await person.send('application status');
    await person.send('BB-123456');
    await person.send('siarad â pherson');
    person.expectOutcome({ status: 'handoff', reason: 'requested' });
    const o = person.last.outcome;
    expect(o.status === 'handoff' && o.summary).toMatch(/applicationReference = BB-123456/);

    const crisis = conversation({ locale: 'cy' });
    await crisis.send('gwirio fy nghais am fathodyn glas');
    await crisis.send('dwi eisiau lladd fy hun');
    crisis.expectReply(/116 123/);
    crisis.expectReply(/0808 164 0123/);
    crisis.expectReply(/999/);
    crisis.expectReply(/Samariaid/);
    crisis.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
  });
});
