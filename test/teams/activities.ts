/** Bot Framework activities as Teams sends them, and a way to post them to the service. */
import http from 'node:http';

/** The tenant the test bot serves. */
export const TENANT = '11111111-2222-3333-4444-555555555555';
/** Some other organisation's tenant. */
export const FOREIGN_TENANT = '99999999-8888-7777-6666-555555555555';
/** The bot's own id in the conversation. */
export const BOT_ID = '28:switchboard-bot';

let counter = 0;

/** A Teams activity in a personal chat; `overrides` replace top-level fields. */
export function teamsActivity(serviceUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const tenantId = (overrides.tenantId as string | undefined) ?? TENANT;
  const { tenantId: _omit, ...rest } = overrides;
  return {
    type: 'message',
    id: `1700000000${String(counter).padStart(3, '0')}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: '29:user-1', name: 'Alex Staff', aadObjectId: 'aad-user-1' },
    recipient: { id: BOT_ID, name: 'Switchboard' },
    conversation: { id: 'a:conv-1', conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    ...rest,
  };
}

/** POSTs an activity to /api/messages; resolves with the status and body text. */
export function postActivity(port: number, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(activity);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
