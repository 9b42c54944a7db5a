/**
 * Reaching a person: asking for one, a call back, a complaint, or being fed up with the bot, in
 * English, Welsh and a mix of the two, with typos and buried mid-message; and the messages that
 * only look like it (negations, people who are not staff, routine questions) left alone.
 */
import { detectPersonRequest } from '../../dialogs/reaching-a-person';
import { conversation } from './conversation';

const ASK = { reason: 'requested', certainty: 'ask' };
const COMPLAINT = { reason: 'complaint', certainty: 'ask' };
const OFFER = { reason: 'requested', certainty: 'offer' };

describe('asking for a person hands off at once', () => {
  it.each([
    // A talk verb and a human target, with filler words between.
    'could I have a word with somebody in council tax please',
    'i would really like to speak with one of your advisers about my rent',
    'let me talk to your supervisor',
    'i need to chat to someone in the planning department',
    'can I talk to Bethan please, she dealt with my claim',
    'is there someone I could speak to about the new parking permits',
    // Wanting staff without a talk verb.
    'agent please',
    'gimme a human',
    'real person!!',
    'an operator please',
    'customer services',
    'I want an actual human not a robot',
    'need someone real to look at this',
    'i have asked for a human being twice now',
    // Transfers and presence.
    'please put me through to the housing team',
    'transfer to an agent',
    'is there a human there or am I talking to a machine',
    // Buried mid-message, typos and txt-speak.
    'hi, moved house last month and the bill is wrong AND the direct debit went out twice, honestly could i just speak to somebody who can sort it',
    'cn i spk 2 sum1 pls',
    'wnat to tlak to an advisr',
    'I do not want a chatbot, I want someone to talk to',
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toEqual(ASK);
  });
});

describe('asking to be called back hands off at once', () => {
  it.each([
    'phone me',
    'can someone from the council ring me back this afternoon',
    'could somebody give me a ring please',
    'I would appreciate a phone call about my application',
    'can i get a call back',
    'would a member of staff be able to call my husband, he is the account holder',
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toEqual(ASK);
  });
});

describe('asking for a person in Welsh, and in a mix of Welsh and English', () => {
  it.each([
    'ga i siarad efo rhywun plis',
    'hoffwn i siarad â swyddog am fy nghais',
    'dw i isio siarad efo rhywun o’r adran dai',
    'rhywun go iawn plis',
    'rhowch fi drwodd at aelod o staff',
    'isio speak efo rhywun am y council tax',
    'ffoniwch fi’n ôl plis',
    'ga i alwad yn ôl fory?',
    'allai rhywun fy ffonio i heddiw',
    'dw i ddim isio siarad efo robot',
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toEqual(ASK);
  });
});

describe('a complaint hands off with the reason "complaint"', () => {
  it.each([
    'I want to make a complaint',
    'formal complaint about the way my claim was dealt with',
    'how do i complain about a bin crew',
    'who do I complain to about the noise from the pub',
    'compliant about my parking fine',
    'im taking this to the ombudsman',
    'I wish to raise a grievance',
    'the woman on the phone was incredibly rude to me',
    'this is not good enough, your service has been appalling',
    'I have complained twice already and nobody got back to me',
    // A complaint outranks a plain request for a person.
    'can I speak to someone about making a complaint',
    'cwyn plis',
    'dw i isio gwneud cwyn am y ffordd ges i fy nhrin',
    'sut dw i’n cwyno am y cyngor?',
    'isio complainio am y bin men',
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toEqual(COMPLAINT);
  });
});

describe('being fed up with the bot gets one offer of a person', () => {
  it.each([
    'this bot is useless',
    'u r so unhelpful',
    "you're not listening",
    'stop repeating yourself',
    'you keep giving me the same answer',
    'I have told you three times',
    'this is going round in circles',
    'are you a real person?',
    'ti’n dda i ddim',
    'dwyt ti ddim yn gwrando',
    'yr un ateb eto',
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toEqual(OFFER);
  });
});

describe('messages that only look like it are left alone', () => {
  it.each([
    // Negations.
    "I don't want to talk to a person",
    'no need to ring me, an email is fine',
    "I'd rather not speak to anyone, just tell me the balance",
    'do I have to speak to someone to cancel my direct debit?',
    'dw i ddim isio siarad efo neb, jyst isio gwybod pryd mae’r bin',
    "I'm not complaining, the crew were great",
    "not a complaint, just wondering when the tip opens",
    // People who are not council staff.
    'can I speak to my neighbour about the hedge?',
    'my letting agent says the council tax is my problem',
    'the estate agent wants my council tax band',
    'my neighbour complained about my dog',
    'the parents at the school are complaining about the potholes, where do I report one',
    'mae’r cymdogion yn cwyno am y sŵn',
    // "Person" and friends in routine questions.
    'my person',
    'how do I get the single person discount',
    'can I pay in person at the civic centre',
    'what happens to council tax when a person dies',
    'staff parking permit for county hall',
    'what are customer services opening hours',
    // Stories, not requests.
    'I spoke to someone last week and they said it was sorted',
    'I was talking to a man at the tip and he said they take paint',
    'someone from the council rang me yesterday about my arrears',
    "I'll call back later",
    'call me old fashioned but I prefer paper bills',
    'who do I ring about a headstone',
    // Frustration that carries its own question is answered, not offered a person.
    'this chatbot is rubbish, anyway when is my green bin',
    'you are useless lol',
    'stupid bot. forget it',
    // Service requests that mention "someone".
    'can someone come and collect my old sofa',
    'someone has dumped a mattress in the lane',
    'is there anyone there who can help lift heavy bags at the tip?',
    // A bin called rubbish is a bin.
    'rubbish',
    "it's rubbish",
  ])('%j', (text) => {
    expect(detectPersonRequest(text)).toBeNull();
  });
});

describe('in a conversation', () => {
  it('hands a complaint to a person with the reason "complaint"', async () => {
    const c = conversation();
    await c.send('I want to complain about how the crew left my street');
    c.expectOutcome({ status: 'handoff', reason: 'complaint' });
    expect(c.last.decision.rule).toBe('command:complaint');
  });

  it('offers a person once to someone fed up, and "yes" takes the offer', async () => {
    const c = conversation();
    await c.send('this is pointless');
    expect(c.last.decision.rule).toBe('offer:person-frustrated');
    expect(c.state?.offer).toBe('person');
    await c.send('yes');
    c.expectOutcome({ status: 'handoff', reason: 'requested' });
  });

  it('takes "1" at the offer as yes', async () => {
    const c = conversation();
    await c.send('you are not helping');
    await c.send('1');
    c.expectOutcome({ status: 'handoff', reason: 'requested' });
  });

  it('passes the question in a frustrated message on to be answered instead of offering a person', async () => {
    const c = conversation();
    await c.send('this bot is useless. when is my bin day?');
    expect(c.last.decision.rule).toMatch(/^(?:knowledge|understanding):/);
    expect(c.last.decision.understanding).toBeDefined();
  });

  it('hands off mid-form when the person asks for one', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('can someone just phone me instead');
    c.expectOutcome({ status: 'handoff', reason: 'requested' });
  });

  it('reads "rubbish" as a bin, not a verdict, while a form asks which bin', async () => {
    const c = conversation();
    await c.send('my bin was missed');
    await c.send('CF10 1AA');
    await c.send('12');
    c.expectReply(/Which bin/);
    await c.send('rubbish');
    expect(c.last.decision.rule).not.toBe('offer:person-frustrated');
    expect(c.state?.form?.slots).toMatchObject({ binType: 'general' });
  });

  it('treats "can I talk to someone" at "are you safe?" as wanting a person urgently', async () => {
    const c = conversation();
    await c.send('everything is too much right now');
    c.expectReply(/Are you safe\?/);
    await c.send('can I talk to someone');
    c.expectOutcome({ status: 'handoff', reason: 'crisis', priority: 'urgent' });
  });

  it('does not hand off "I don\'t want to talk to a person"', async () => {
    const c = conversation();
    await c.send("I don't want to talk to a person, when is my bin day");
    expect(c.last.outcome.status).not.toBe('handoff');
  });
});
