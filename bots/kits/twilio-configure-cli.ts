/**
 * `npm run twilio:configure [-- --apply]`: shows (and with --apply sets) the webhook of
 * TWILIO_FROM_NUMBER so texts to it reach PUBLIC_BASE_URL/api/sms.
 */
import { loadSettings } from '../../config/settings';
import { createTwilioClient } from '../../channels/sms/twilio-client';
import { configureTwilioNumber } from './twilio-configure';

async function main(): Promise<void> {
  const settings = loadSettings();
  if (!settings.twilio || !settings.publicBaseUrl) throw new Error('Set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER and PUBLIC_BASE_URL first.');
  const apply = process.argv.includes('--apply');
  const plan = await configureTwilioNumber({ client: createTwilioClient(settings.twilio), phoneNumber: settings.twilio.fromNumber, publicBaseUrl: settings.publicBaseUrl, apply });
  const lines = [
    `number ${plan.phoneNumber} (${plan.sid})`,
    `  incoming messages now: ${plan.current.smsMethod || '(none)'} ${plan.current.smsUrl || '(none)'}`,
    `  should be:             ${plan.wanted.smsMethod} ${plan.wanted.smsUrl}`,
    !plan.needsChange ? '  already set: nothing to do' : plan.applied ? '  changed' : '  dry run: nothing changed; run again with --apply to set it',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
