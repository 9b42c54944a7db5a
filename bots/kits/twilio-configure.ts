/**
 * Points the council's Twilio number at the service: its incoming-message webhook becomes
 * PUBLIC_BASE_URL/api/sms (POST). A dry run (the default) only says what would change;
 * `apply` makes the change through Twilio's API.
 */
import type twilio from 'twilio';
import { SMS_PATH } from '../../channels/sms/sms-channel';

/** What the number has now, what it should have, and whether anything was changed. */
export interface TwilioNumberPlan {
  sid: string;
  phoneNumber: string;
  current: { smsUrl: string; smsMethod: string };
  wanted: { smsUrl: string; smsMethod: 'POST' };
  needsChange: boolean;
  applied: boolean;
}

/** Reads the number, and (with `apply`) updates its webhook; throws when the account has no such number. */
export async function configureTwilioNumber(options: { client: twilio.Twilio; phoneNumber: string; publicBaseUrl: string; apply: boolean }): Promise<TwilioNumberPlan> {
  const [number] = await options.client.incomingPhoneNumbers.list({ phoneNumber: options.phoneNumber, limit: 1 });
  if (!number) throw new Error(`This Twilio account has no number ${options.phoneNumber} (TWILIO_FROM_NUMBER).`);
  const wanted = { smsUrl: `${options.publicBaseUrl.replace(/\/+$/, '')}${SMS_PATH}`, smsMethod: 'POST' as const };
  const current = { smsUrl: number.smsUrl ?? '', smsMethod: (number.smsMethod ?? '').toUpperCase() };
  const needsChange = current.smsUrl !== wanted.smsUrl || current.smsMethod !== wanted.smsMethod;
  if (needsChange && options.apply) await options.client.incomingPhoneNumbers(number.sid).update(wanted);
  return { sid: number.sid, phoneNumber: number.phoneNumber, current, wanted, needsChange, applied: needsChange && options.apply };
}
