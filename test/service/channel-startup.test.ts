/**
 * A channel that cannot connect at start-up does not take the service down: with Slack's token
 * refused (invalid_auth) the service starts, SMS keeps answering and /readyz names Slack; with
 * Twilio refusing the account the web chat carries on and /readyz names SMS; accepted, each
 * reports ready.
 */
import request from 'supertest';
import { startFakeSlack, type FakeSlack } from '../slack/fake-slack';
import { SIGNING_SECRET } from '../slack/slack-requests';
import { CITIZEN, smsEnv, startSmsHarness, type SmsHarness } from '../sms/sms-harness';
import { startFakeTwilio } from '../sms/fake-twilio';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage } from '../support/test-service';

let slack: FakeSlack | undefined;
let sms: SmsHarness | undefined;

async function start(authTest: 'refused' | 'accepted'): Promise<{ slack: FakeSlack; sms: SmsHarness }> {
  const fake = await startFakeSlack();
  slack = fake;
  if (authTest === 'refused') fake.failures['auth.test'] = [{ status: 200, body: { ok: false, error: 'invalid_auth' } }];
  sms = await startSmsHarness({ SLACK_BOT_TOKEN: 'xoxb-revoked-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_HANDOFF_CHANNEL: 'CQUEUE', SLACK_API_URL: fake.url });
  await fake.waitFor(() => fake.calls.some((call) => call.method === 'auth.test'));
  // The check's answer is handled a moment after the fake records the call.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { slack: fake, sms };
}

afterEach(async () => {
  await sms?.close();
  await slack?.close();
  sms = undefined;
  slack = undefined;
});

describe('a channel failing at start-up', () => {
  it('leaves SMS answering while /readyz names Slack, and logs the failure once without the token', async () => {
    const { sms } = await start('refused');
    const ready = await request(sms.t.service.app).get('/readyz').expect(503);
    expect(ready.body.checks).toEqual({ store: 'ready', sms: 'ready', slack: 'not ready: Slack said invalid_auth' });

    expect((await sms.text('hello')).status).toBe(200);
    await sms.t.settle();
    expect(sms.fake.bodiesTo(CITIZEN).length).toBeGreaterThan(0);

    const failures = sms.t.logger.lines.filter((line) => /slack channel cannot connect/.test(line.message));
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(sms.t.logger.lines)).not.toContain('xoxb-revoked-token');
  });

  it('names SMS when Twilio refuses the account or token, while the web chat carries on', async () => {
    const fake = await startFakeTwilio();
    fake.accountAnswers.push({ status: 401, code: 20003 });
    const t = await testService({ engine: echoEngine(), env: smsEnv(fake.url) });
    try {
      for (let i = 0; i < 50 && fake.accountFetches() === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const ready = await request(t.service.app).get('/readyz').expect(503);
      expect(ready.body.checks).toEqual({ store: 'ready', sms: 'not ready: Twilio answered 401 (error 20003)' });
      await t.service.pipeline.receive(webMessage('still-here', 'hello'));
      await t.settle();
      expect(t.web.textsTo('still-here')).toEqual(['echo: hello']);
    } finally {
      await t.service.stop();
      await fake.close();
    }
  });

  it('reports Slack ready once Slack accepts the token', async () => {
    const { sms } = await start('accepted');
    const ready = await request(sms.t.service.app).get('/readyz').expect(200);
    expect(ready.body.checks).toEqual({ store: 'ready', sms: 'ready', slack: 'ready' });
  });
});
