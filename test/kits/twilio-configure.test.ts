/**
 * The Twilio kit, through the real `twilio` SDK against the local fake of its API: a dry run
 * shows the change and changes nothing; --apply points the number's incoming-message webhook at
 * PUBLIC_BASE_URL/api/sms; a number the account does not have is a clear error.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startFakeTwilio, type FakeTwilio } from '../sms/fake-twilio';
import { ACCOUNT_SID, AUTH_TOKEN, COUNCIL_NUMBER } from '../sms/sms-harness';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..', '..');
const PN = `PN${'a'.repeat(32)}`;

let fake: FakeTwilio;
beforeEach(async () => {
  fake = await startFakeTwilio();
  fake.numbers.push({ sid: PN, phone_number: COUNCIL_NUMBER, sms_url: 'https://demo.twilio.com/welcome/sms/reply', sms_method: 'POST' });
});
afterEach(() => fake.close());

const env = () => ({
  ...process.env,
  PUBLIC_BASE_URL: 'https://switchboard.council.example',
  TWILIO_ACCOUNT_SID: ACCOUNT_SID,
  TWILIO_AUTH_TOKEN: AUTH_TOKEN,
  TWILIO_FROM_NUMBER: COUNCIL_NUMBER,
  TWILIO_API_BASE_URL: fake.url,
});

describe('npm run twilio:configure', () => {
  it('shows the change on a dry run and changes nothing', async () => {
    const { stdout } = await run('npm', ['run', 'twilio:configure', '--silent'], { cwd: ROOT, env: env() });
    expect(stdout).toContain('should be:             POST https://switchboard.council.example/api/sms');
    expect(stdout).toContain('dry run');
    expect(fake.numberUpdates).toEqual([]);
  });

  it('sets the number’s webhook with --apply, and finds nothing to do after that', async () => {
    const { stdout } = await run('npm', ['run', 'twilio:configure', '--silent', '--', '--apply'], { cwd: ROOT, env: env() });
    expect(stdout).toContain('changed');
    expect(fake.numberUpdates).toEqual([{ sid: PN, form: { SmsUrl: 'https://switchboard.council.example/api/sms', SmsMethod: 'POST' } }]);
    const again = await run('npm', ['run', 'twilio:configure', '--silent', '--', '--apply'], { cwd: ROOT, env: env() });
    expect(again.stdout).toContain('already set');
    expect(fake.numberUpdates).toHaveLength(1);
  });

  it('says clearly when the account has no such number', async () => {
    fake.numbers.splice(0);
    await expect(run('npm', ['run', 'twilio:configure', '--silent'], { cwd: ROOT, env: env() })).rejects.toMatchObject({ stderr: expect.stringContaining(`has no number ${COUNCIL_NUMBER}`) });
  });
});
