/** Signed Twilio webhooks for the benchmarks: one simulated citizen per number, signed as Twilio signs. */
import twilio from 'twilio';
import type { LoadRequest } from './load-generator';

/** The fixed test identity the benchmarks run under (no real account). */
export const BENCH_TWILIO = {
  accountSid: `AC${'0'.repeat(31)}1`,
  authToken: 'bench-auth-token-not-a-secret',
  fromNumber: '+447700900000',
  publicBaseUrl: 'https://bench.switchboard.example',
};

/**
 * Environment for a service under load or faults: the bench's Twilio identity sending to the
 * fake API at `apiUrl`, each text its own turn (no burst window), the per-number rate limit out
 * of the way. `extra` adds or overrides variables.
 */
export function benchEnv(apiUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    PORT: '0',
    PUBLIC_BASE_URL: BENCH_TWILIO.publicBaseUrl,
    TWILIO_ACCOUNT_SID: BENCH_TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: BENCH_TWILIO.authToken,
    TWILIO_FROM_NUMBER: BENCH_TWILIO.fromNumber,
    TWILIO_API_BASE_URL: apiUrl,
    SMS_BURST_WINDOW_MS: '0',
    SMS_RATE_LIMIT_MESSAGES: '1000',
    ...extra,
  };
}

/** The phone number of simulated citizen `n`. */
export function citizenNumber(n: number): string {
  return `+447700${String(100000 + n).padStart(6, '0')}`;
}

/** Signed inbound-SMS request `i`, from citizen `i % citizens`; built on demand so the generator holds no backlog. */
export function signedSmsRequest(i: number, citizens: number, text: string, sidPrefix = 'SMbench'): LoadRequest {
  const url = `${BENCH_TWILIO.publicBaseUrl}/api/sms`;
  {
    const params: Record<string, string> = {
      MessageSid: `${sidPrefix}${String(i).padStart(26, '0')}`,
      AccountSid: BENCH_TWILIO.accountSid,
      From: citizenNumber(i % citizens),
      To: BENCH_TWILIO.fromNumber,
      Body: text,
      NumMedia: '0',
    };
    const signature = twilio.getExpectedTwilioSignature(BENCH_TWILIO.authToken, url, params);
    return { path: '/api/sms', body: new URLSearchParams(params).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature } };
  }
}
