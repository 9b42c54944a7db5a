/**
 * The floor: a bare express app that only verifies the Twilio signature and answers empty
 * TwiML. The pipeline's throughput is reported as a share of this.
 */
import type { Server } from 'node:http';
import express from 'express';
import twilio from 'twilio';

/** Starts the floor app on a free port. */
export async function startFloor(authToken: string, publicBaseUrl: string): Promise<{ port: number; close: () => Promise<void> }> {
  const app = express();
  app.post('/api/sms', express.urlencoded({ extended: false }), (req, res) => {
    const signature = req.header('x-twilio-signature');
    if (!signature) return void res.status(400).end();
    if (!twilio.validateRequest(authToken, signature, publicBaseUrl + req.originalUrl, req.body as Record<string, string>)) return void res.status(403).end();
    res.type('text/xml').send('<Response/>');
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
