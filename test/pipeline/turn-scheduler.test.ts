/**
 * The turn scheduler starts a few turns per event-loop turn, so webhooks (I/O) get in between
 * a backlog of turns, and runs each queued conversation once however often it was asked for.
 */
import { TurnScheduler } from '../../bots/pipeline/turn-scheduler';

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('TurnScheduler', () => {
  it('starts at most perTick turns per event-loop turn, oldest first', async () => {
    const started: string[] = [];
    const scheduler = new TurnScheduler({ perTick: 2, inFlight: 10 }, async (key) => {
      started.push(key);
    });
    for (const key of ['a', 'b', 'c', 'd', 'e']) void scheduler.schedule(key);
    expect(started).toEqual([]);
    await nextLoopTurn();
    expect(started).toEqual(['a', 'b']);
    await nextLoopTurn();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    await scheduler.idle();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('runs a conversation asked for several times while queued once, and resolves every asker', async () => {
    const runs: string[] = [];
    const scheduler = new TurnScheduler({ perTick: 8, inFlight: 8 }, async (key) => {
      runs.push(key);
    });
    const asks = [scheduler.schedule('a'), scheduler.schedule('a'), scheduler.schedule('b'), scheduler.schedule('a')];
    await Promise.all(asks);
    expect(runs).toEqual(['a', 'b']);
  });

  it('never has more than inFlight turns running, and carries on as they finish', async () => {
    let running = 0;
    let most = 0;
    const scheduler = new TurnScheduler({ perTick: 10, inFlight: 3 }, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    });
    await Promise.all(Array.from({ length: 12 }, (_, i) => scheduler.schedule(`k${i}`)));
    expect(most).toBe(3);
    await scheduler.idle();
    expect(running).toBe(0);
  });
});
