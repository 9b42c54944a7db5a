/** GET /metrics: Prometheus text with the service's counters moving as the service works. */
import request from 'supertest';
import { echoEngine } from '../support/echo-engine';
import { testService, webMessage } from '../support/test-service';

describe('metrics', () => {
  it('counts inbound messages, duplicates, turns, handoffs, deliveries and the open queue', async () => {
    const t = await testService({ engine: echoEngine(), clock: () => new Date('2026-11-26T11:00:00Z') });
    const hello = webMessage('metrics-session', 'hello');
    await t.service.pipeline.receive(hello);
    await t.service.pipeline.receive({ ...hello });
    await t.service.pipeline.receive(webMessage('metrics-session', 'person'));
    await t.settle();

    const res = await request(t.service.app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toContain('switchboard_inbound_messages_total{channel="web",result="new"} 2');
    expect(res.text).toContain('switchboard_inbound_messages_total{channel="web",result="duplicate"} 1');
    expect(res.text).toContain('switchboard_turns_total{outcome="handoff"} 1');
    expect(res.text).toContain('switchboard_handoffs_total{reason="test:person"} 1');
    expect(res.text).toMatch(/switchboard_deliveries_total\{destination="citizen",result="sent"\} 3/);
    expect(res.text).toContain('switchboard_queue_open_tickets 1');
    expect(res.text).toContain('switchboard_outbox_depth 0');
    expect(res.text).toContain('switchboard_model_circuit_open');
    await t.service.stop();
  });

  it('counts a crisis handoff as "crisis" whichever check raised it (here the answer to "are you safe?")', async () => {
    const t = await testService();
    await t.service.pipeline.receive(webMessage('metrics-safe', 'honestly im really struggling at the moment'));
    await t.settle();
    await t.service.pipeline.receive(webMessage('metrics-safe', 'no'));
    await t.settle();
    const res = await request(t.service.app).get('/metrics').expect(200);
    expect(res.text).toContain('switchboard_handoffs_total{reason="crisis"} 1');
    expect(res.text).not.toContain('reason="safety:not-safe"');
    await t.service.stop();
  });
});
