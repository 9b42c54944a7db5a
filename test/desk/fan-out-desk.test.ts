/** Desk events reach every desk; one desk's failure makes the outbox retry, the others still got it. */
import { fanOutDesk } from '../../bots/desk/fan-out-desk';
import type { DeskEvent, DeskPort } from '../../channels/desk-types';
import { ChannelSendError } from '../../channels/types';
import { recordingDesk } from '../support/recording-ports';

const event = { kind: 'ticket-opened', ticket: { id: 'T-1' } } as unknown as DeskEvent;

describe('fanOutDesk', () => {
  it('delivers to every desk', async () => {
    const [a, b] = [recordingDesk(), recordingDesk()];
    await fanOutDesk([a, b]).deliver(event);
    expect([a.events, b.events]).toEqual([[event], [event]]);
  });

  it('tries every desk and then throws the failure, Retry-After and all', async () => {
    const console = recordingDesk();
    const slack: DeskPort = { deliver: () => Promise.reject(new ChannelSendError('throttled', true, 30_000)) };
    await expect(fanOutDesk([slack, console]).deliver(event)).rejects.toMatchObject({ retryable: true, retryAfterMs: 30_000 });
    expect(console.events).toEqual([event]);
  });
});
