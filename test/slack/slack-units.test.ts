/** The small parts of the Slack desk: error translation, thread parsing, the ticket's look, the ack budget. */
import { webApi } from '@slack/bolt';
import { withinAckBudget } from '../../channels/slack/ack-budget';
import { parseThreadMessage } from '../../channels/slack/parse-thread-message';
import { toChannelSendError } from '../../channels/slack/slack-errors';
import { renderQueue, renderSafeguardingAlert, renderTicket, TICKET_ACTIONS } from '../../channels/slack/ticket-blocks';
import type { TicketView } from '../../channels/desk-types';

const ticket = (extra: Partial<TicketView> = {}): TicketView => ({
  id: 'T-1',
  status: 'open',
  reason: 'requested',
  priority: 'normal',
  channel: 'sms',
  address: 'sms:+447700900123',
  summary: 'Asked about a missed bin. Postcode CF10 1AA. <!channel>',
  createdAt: new Date('2026-03-04T11:00:00Z'),
  claimedBy: null,
  claimedById: null,
  outOfHours: false,
  callbackRequested: false,
  reannounced: 0,
  ...extra,
});

describe('toChannelSendError', () => {
  it('keeps a rate limit retryable with its Retry-After', () => {
    const error = toChannelSendError(new webApi.WebAPIRateLimitedError(42));
    expect(error).toMatchObject({ retryable: true, retryAfterMs: 42_000 });
  });

  it('gives up on a platform refusal such as channel_not_found, but retries internal errors', () => {
    const platform = (reason: string) => Object.assign(new Error(reason), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error: reason } });
    expect(toChannelSendError(platform('channel_not_found')).retryable).toBe(false);
    expect(toChannelSendError(platform('internal_error')).retryable).toBe(true);
  });

  it('retries when Slack cannot be reached', () => {
    expect(toChannelSendError(new Error('connect ECONNREFUSED')).retryable).toBe(true);
  });
});

describe('parseThreadMessage', () => {
  const base = { type: 'message', channel: 'C1', user: 'U1', ts: '2.0', thread_ts: '1.0', text: 'hello' };

  it('reads a thread reply and a note', () => {
    expect(parseThreadMessage(base, 'UBOT')).toEqual({ kind: 'reply', channel: 'C1', threadTs: '1.0', userId: 'U1', text: 'hello' });
    expect(parseThreadMessage({ ...base, text: 'NOTE:  called them back' }, 'UBOT')).toMatchObject({ kind: 'note', text: 'called them back' });
  });

  it('ignores top-level messages, edits, bots and our own posts', () => {
    expect(parseThreadMessage({ ...base, thread_ts: undefined }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'not-a-thread-reply' });
    expect(parseThreadMessage({ ...base, thread_ts: '2.0' }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'not-a-thread-reply' });
    expect(parseThreadMessage({ ...base, subtype: 'message_changed' }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'bot-or-system' });
    expect(parseThreadMessage({ ...base, bot_id: 'B1' }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'bot-or-system' });
    expect(parseThreadMessage({ ...base, user: 'UBOT' }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'own-message' });
    expect(parseThreadMessage({ ...base, text: 'note:' }, 'UBOT')).toEqual({ kind: 'ignored', reason: 'empty' });
  });
});

describe('renderTicket', () => {
  const now = new Date('2026-03-04T11:04:30Z');

  it('shows why, the channel, the wait, the escaped summary and a Claim button', () => {
    const json = JSON.stringify(renderTicket(ticket(), now).blocks);
    expect(json).toContain('Asked for a person');
    expect(json).toContain('SMS (text message)');
    expect(json).toContain('4 min');
    expect(json).toContain('&lt;!channel&gt;');
    expect(json).not.toContain('+447700900123');
    expect(json).toContain(TICKET_ACTIONS.claim);
    expect(json).not.toContain(TICKET_ACTIONS.resolve);
  });

  it('says so out of hours, and marks urgent tickets', () => {
    const message = renderTicket(ticket({ outOfHours: true, priority: 'urgent', reason: 'crisis' }), now);
    expect(JSON.stringify(message.blocks)).toContain('Out of hours');
    expect(message.text).toMatch(/^URGENT: Crisis signal/);
  });

  it('names the kind of risk on a crisis ticket, and what it was handed over for first', () => {
    const message = renderTicket(ticket({ priority: 'urgent', reason: 'crisis', riskKind: 'danger', previousReason: 'requested' }), now);
    expect(message.text).toMatch(/^URGENT: Crisis signal: urgent \(In immediate danger\)/);
    expect(JSON.stringify(message.blocks)).toContain('First: Asked for a person');
    expect(renderQueue([ticket({ priority: 'urgent', reason: 'crisis', riskKind: 'danger' })], now)).toContain('Crisis signal: urgent (In immediate danger), SMS');
  });

  it('shows the latest safeguarding signal on the ticket', () => {
    const concern = { level: 'unclear' as const, riskKind: 'self-harm' as const, at: new Date('2026-03-04T11:03:00Z'), signposting: 'not-sent' as const };
    expect(JSON.stringify(renderTicket(ticket({ priority: 'urgent', concern }), now).blocks)).toContain('may be at risk (self-harm): please check; the bot said nothing to them.');
  });

  it('tells the agent in a safeguarding alert which kind it is and that the signposting went', () => {
    const text = renderSafeguardingAlert({ kind: 'safeguarding-alert', ticket: ticket({ status: 'claimed' }), riskKind: 'abuse', level: 'clear', signposting: 'sent' }, '<@U1>');
    expect(text).toBe("<@U1> :rotating_light: *Safeguarding alert: Abuse or domestic abuse.* The citizen's latest message says they may be at risk; the bot sent them where to get help now. The ticket is now urgent. Please reply to them now.");
  });

  it('has no buttons once resolved', () => {
    const json = JSON.stringify(renderTicket(ticket({ status: 'resolved', claimedBy: 'Sam' }), now).blocks);
    expect(json).toContain('Resolved by *Sam*');
    expect(json).not.toContain('"actions"');
  });

  it('lists the queue with ages', () => {
    expect(renderQueue([], now)).toMatch(/queue is empty/);
    const text = renderQueue([ticket(), ticket({ id: 'T-2', status: 'claimed', claimedBy: 'Sam', createdAt: new Date('2026-03-04T09:30:00Z') })], now);
    expect(text).toContain('1 waiting, 1 being helped');
    expect(text).toContain('4 min: Asked for a person, SMS (text message), waiting');
    expect(text).toContain('1 h 34 min: Asked for a person, SMS (text message), claimed by Sam');
  });
});

describe('withinAckBudget', () => {
  it('returns at the budget while slow work carries on, and reports a late failure', async () => {
    let fail!: (error: Error) => void;
    const work = new Promise<void>((_resolve, reject) => {
      fail = reject;
    });
    const late: unknown[] = [];
    expect(await withinAckBudget(work, 20, (error) => late.push(error))).toBe('late');
    fail(new Error('store down'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(late).toEqual([new Error('store down')]);
  });

  it('rethrows a failure inside the budget, so Slack retries', async () => {
    await expect(withinAckBudget(Promise.reject(new Error('boom')), 1_000, () => undefined)).rejects.toThrow('boom');
  });
});
