/** Graceful shutdown: stop taking messages, finish the turns in flight, flush the outbox. */
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage } from '../support/test-service';
import { startWebChat } from '../support/web-chat-client';

describe('graceful shutdown', () => {
  it('finishes a turn in flight and delivers its reply before stopping, and refuses new messages with 503', async () => {
    const t = await testService({ engine: echoEngine({ delayMs: 150 }) });
    await t.service.start(0);
    const citizen = await startWebChat(t.service.app);
    await t.service.pipeline.receive(webMessage('shutdown-session', 'still there?'));

    const stopping = t.service.stop();
    const refused = await citizen.send('one more', 'late-1');
    await stopping;

    expect(t.web.textsTo('shutdown-session')).toEqual(['echo: still there?']);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('UNAVAILABLE');
  });
});
