/**
 * A local stand-in for a phone and for Twilio, to try the SMS channel with no Twilio account.
 * It serves a tiny fake of Twilio's Messages API at TWILIO_API_BASE_URL (printing each text the
 * service sends, then calling back "sent" and "delivered"), and turns each line you type into an
 * inbound webhook signed with TWILIO_AUTH_TOKEN, exactly as Twilio signs it.
 *
 *   npx tsx bots/dev/sms-phone.ts [--from +447700900123] [--service http://localhost:3978]
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { createInterface } from 'node:readline';
import twilio from 'twilio';
import { loadSettings } from '../../config/settings';

const settings = loadSettings();
const { twilio: tw, publicBaseUrl } = settings;
if (!tw?.apiBaseUrl || !publicBaseUrl) {
  console.error('Set PUBLIC_BASE_URL, TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER and TWILIO_API_BASE_URL (see docs/sms.md).');
  process.exit(1);
}
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const phone = arg('--from') ?? '+447700900123';
const service = (arg('--service') ?? `http://localhost:${settings.port}`).replace(/\/+$/, '');
const sid = (prefix: string) => prefix + randomBytes(16).toString('hex');

/** Posts form params to the service, signed over the public URL of `path`. */
async function postSigned(path: string, params: Record<string, string>): Promise<number> {
  const signature = twilio.getExpectedTwilioSignature(tw!.authToken, `${publicBaseUrl!.replace(/\/+$/, '')}${path}`, params);
  const response = await fetch(`${service}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(params) });
  return response.status;
}

// The fake Messages API: print what the service sends, then report it delivered.
const fake = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    const form = Object.fromEntries(new URLSearchParams(raw));
    const messageSid = sid('SM');
    console.log(`\n📱 ${form.To ?? ''} ← ${form.Body ?? ''}\n`);
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ sid: messageSid, status: 'queued', to: form.To, from: form.From, body: form.Body, num_segments: '1' }));
    if (form.StatusCallback) {
      const path = new URL(form.StatusCallback).pathname;
      setTimeout(() => {
        for (const status of ['sent', 'delivered']) void postSigned(path, { MessageSid: messageSid, MessageStatus: status, AccountSid: tw!.accountSid, From: tw!.fromNumber, To: form.To ?? '' });
      }, 200);
    }
  });
});
const apiUrl = new URL(tw.apiBaseUrl);
fake.listen(Number(apiUrl.port || 80), apiUrl.hostname, () => {
  console.log(`Fake Twilio API on ${tw.apiBaseUrl}; texting ${service}/api/sms as ${phone}. Type a message and press Enter (Ctrl+D to stop).`);
});

const lines = createInterface({ input: process.stdin });
lines.on('line', (body) => {
  void postSigned('/api/sms', { MessageSid: sid('SM'), AccountSid: tw.accountSid, From: phone, To: tw.fromNumber, Body: body, NumMedia: '0' }).then((status) => {
    if (status !== 200) console.log(`(the service answered ${status})`);
  });
});
lines.on('close', () => fake.close());
