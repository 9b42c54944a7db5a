/**
 * Slack's URL check before the desk can run: Slack verifies the Request URL (a signed
 * `url_verification` challenge) before it shows the bot token, so with only the signing secret
 * set the service answers that check, and nothing else, until the token and channel are added.
 */
import { isValidSlackRequest } from '@slack/bolt';
import express, { type Router } from 'express';
import { SLACK_EVENTS_PATH } from './slack-desk';

/** A router (mounted at the root) that answers Slack's signed URL check on the events path. */
export function createSlackUrlCheck(options: { signingSecret: string; bodyLimit: string; now?: () => number }): Router {
  const router = express.Router();
  router.post(SLACK_EVENTS_PATH, express.text({ type: '*/*', limit: options.bodyLimit }), (req, res) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const valid = isValidSlackRequest({
      signingSecret: options.signingSecret,
      body,
      headers: { 'x-slack-signature': req.get('x-slack-signature') ?? '', 'x-slack-request-timestamp': Number(req.get('x-slack-request-timestamp') ?? 0) },
      ...(options.now ? { nowMilliseconds: options.now() } : {}),
    });
    if (!valid) return res.status(401).json({ error: { code: 'BAD_SIGNATURE', message: 'The Slack signature did not verify.' } });
    let payload: { type?: unknown; challenge?: unknown } = {};
    try {
      payload = JSON.parse(body) as typeof payload;
    } catch {
      // Not JSON (a command or button form): the desk is not set up yet, so there is nothing to do.
    }
    if (payload.type === 'url_verification' && typeof payload.challenge === 'string') return res.json({ challenge: payload.challenge });
    // Acknowledged so Slack does not retry; nothing can be done until the bot token is set.
    res.status(200).end();
  });
  return router;
}
