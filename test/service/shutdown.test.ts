/** Graceful shutdown: stop taking messages, finish the turns in flight, flush the outbox. */
import request from 'supertest';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage } from '../support/test-service';

describe('graceful shutdown', () => {
  it('finishes a turn in flight and delivers its reply before stopping, and refuses new messages with 503', async () => {
    const t = await testService({ engine: echoEngine({ delayMs: 150 }) });
    await t.service.start(0);
    await t.service.pipeline.receive(webMessage('shutdown-session', 'still there?'));

    const stopping = t.service.stop();
    const refused = await request(t.service.app).post('/api/web/messages').send({ sessionId: 'shutdown-session', clientMessageId: 'late-1', text: 'one more' });
    await stopping;

    expect(t.web.textsTo('shutdown-session')).toEqual(['echo: still there?']);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('UNAVAILABLE');
  });
});
