/**
 * Every webhook answers a body it cannot read with a 4xx, never a 500: an unknown charset or an
 * unsupported Content-Encoding on the Twilio, Teams and Slack endpoints as on the web chat.
 */
import request from 'supertest';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack';
import { SIGNING_SECRET } from '../slack/slack-requests';
import { startSmsHarness, type SmsHarness } from '../sms/sms-harness';

let slack: FakeSlack;
let sms: SmsHarness;

beforeAll(async () => {
  slack = await startFakeSlack();
  sms = await startSmsHarness({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_HANDOFF_CHANNEL: 'CQUEUE', SLACK_API_URL: slack.url });
});
afterAll(async () => {
  await sms.close();
  await slack.close();
});

const ENDPOINTS = [
  { path: '/api/sms', type: 'application/x-www-form-urlencoded', body: 'Body=hi' },
  { path: '/api/messages', type: 'application/json', body: '{"type":"message"}' },
  { path: '/api/slack/events', type: 'application/json', body: '{"type":"url_verification"}' },
];

describe('unreadable webhook bodies', () => {
  it.each(ENDPOINTS)('$path answers charset=bogus and Content-Encoding: compress with a 4xx', async ({ path, type, body }) => {
    const charset = await request(sms.t.service.app).post(path).set('Content-Type', `${type}; charset=bogus`).send(body);
    expect(charset.status).toBeGreaterThanOrEqual(400);
    expect(charset.status).toBeLessThan(500);
    const encoding = await request(sms.t.service.app).post(path).set('Content-Type', type).set('Content-Encoding', 'compress').send(body);
    expect(encoding.status).toBeGreaterThanOrEqual(400);
    expect(encoding.status).toBeLessThan(500);
    expect(sms.t.logger.lines.filter((line) => line.level === 'error' && /request failed/.test(line.message))).toEqual([]);
  });
});
