/** Units of the SMS channel: keyword reading, webhook parsing, rendering and Twilio error translation. */
import { ChannelSuppressedError } from '../../channels/types';
import { consentKeyword } from '../../channels/sms/keywords';
import { parseInbound, parseStatus } from '../../channels/sms/parse-webhook';
import { pickedNumber, renderSms } from '../../channels/sms/render-sms';
import { toChannelSendError } from '../../channels/sms/twilio-errors';

describe('consentKeyword', () => {
  it('reads the whole message in any case, and only the whole message', () => {
    expect(consentKeyword('  sToP ')).toEqual({ keyword: 'opt-out', answeredByProvider: false });
    expect(consentKeyword('Unstop')).toEqual({ keyword: 'opt-in', answeredByProvider: false });
    expect(consentKeyword('info')).toEqual({ keyword: 'help', answeredByProvider: false });
    expect(consentKeyword('stop it')).toBeNull();
    expect(consentKeyword('help me with my bin')).toBeNull();
  });

  it("lets Twilio's OptOutType win, as Twilio already answered", () => {
    expect(consentKeyword('PAID', 'STOP')).toEqual({ keyword: 'opt-out', answeredByProvider: true });
    expect(consentKeyword('start', 'START')).toEqual({ keyword: 'opt-in', answeredByProvider: true });
  });
});

describe('parse', () => {
  it('turns an inbound webhook into a text with its media', () => {
    expect(parseInbound({ MessageSid: 'SM1', From: '+447700900123', To: '+447700900000', Body: 'hi', NumMedia: '2', MediaUrl0: 'https://m/0', MediaContentType0: 'image/png', MediaUrl1: 'https://m/1', MediaContentType1: 'image/jpeg' })).toEqual({
      kind: 'text',
      messageSid: 'SM1',
      from: '+447700900123',
      to: '+447700900000',
      body: 'hi',
      media: [{ contentType: 'image/png', url: 'https://m/0' }, { contentType: 'image/jpeg', url: 'https://m/1' }],
    });
  });

  it('refuses what is not a text from a phone number', () => {
    expect(parseInbound({ From: '+447700900123', Body: 'hi' })).toEqual({ kind: 'unsupported', reason: 'no MessageSid' });
    expect(parseInbound({ MessageSid: 'SM1', From: 'whatsapp:+447700900123', Body: 'hi' }).kind).toBe('unsupported');
  });

  it('maps status callbacks onto delivery statuses and ignores inbound ones', () => {
    expect(parseStatus({ MessageSid: 'SM1', MessageStatus: 'undelivered', ErrorCode: '30003', To: '+447700900123' })).toEqual({ kind: 'status', messageSid: 'SM1', to: '+447700900123', status: 'undelivered', errorCode: '30003' });
    expect(parseStatus({ MessageSid: 'SM1', MessageStatus: 'received' }).kind).toBe('unsupported');
  });
});

describe('renderSms', () => {
  it('renders a card as text with each link on its own line, the agent by name, and numbered choices', () => {
    const text = renderSms({
      text: 'Here is what I found.',
      card: { title: 'Bin days', lines: ['Black bin: Thursday'], links: [{ label: 'Read more', url: 'https://example.gov.uk/bins' }] },
      choices: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }],
      speaker: { kind: 'agent', name: 'Sam' },
    });
    expect(text).toBe('Sam: Here is what I found.\n\nBin days\nBlack bin: Thursday\n\nRead more:\nhttps://example.gov.uk/bins\n\n1. Yes\n2. No');
  });

  it('reads a picked number', () => {
    expect(['2', ' 3. ', '1)', '12'].map(pickedNumber)).toEqual([2, 3, 1, 12]);
    expect(['two', '2 please', '', '1.5'].map(pickedNumber)).toEqual([null, null, null, null]);
  });
});

describe('toChannelSendError', () => {
  const rest = (status: number, code?: number) => Object.assign(new Error('twilio'), { status, code });

  it('retries 429 and 5xx (honouring Retry-After) and nothing else', () => {
    expect(toChannelSendError(rest(429, 20429), '12')).toMatchObject({ retryable: true, retryAfterMs: 12_000 });
    expect(toChannelSendError(rest(503))).toMatchObject({ retryable: true });
    expect(toChannelSendError(rest(401, 20003))).toMatchObject({ retryable: false });
    expect(toChannelSendError(rest(400, 21211))).toMatchObject({ retryable: false, message: expect.stringMatching(/cannot receive SMS/) });
    expect(toChannelSendError(new Error('ECONNREFUSED'))).toMatchObject({ retryable: true });
  });

  it('turns an opt-out (21610) into a suppressed send', () => {
    expect(toChannelSendError(rest(400, 21610))).toBeInstanceOf(ChannelSuppressedError);
  });
});

describe('renderSms with a card whose content is already in the words', () => {
  it('adds only the links the words do not already carry', () => {
    const text = renderSms({
      text: 'Black bin: general rubbish.\nRead more: https://example.gov.uk/bins',
      card: { title: 'What goes in which bin', lines: ['Black bin: general rubbish.'], links: [{ label: 'Read more', url: 'https://example.gov.uk/bins' }] },
    });
    expect(text).toBe('Black bin: general rubbish.\nRead more: https://example.gov.uk/bins');
  });
});
