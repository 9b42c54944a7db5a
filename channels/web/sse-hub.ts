/**
 * Server-sent events for the web chat and the console: topics with subscribers, a
 * heartbeat so proxies keep the stream open, and clean-up when a browser goes away.
 */
import type { Request, Response } from 'express';

/** Publishes named events to the browsers subscribed to a topic. */
export class SseHub {
  private readonly topics = new Map<string, Set<Response>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 25_000) {
    this.heartbeat = setInterval(() => this.broadcastComment('keep-alive'), heartbeatMs);
    this.heartbeat.unref();
  }

  /** Turns the response into an event stream subscribed to `topic`. */
  subscribe(topic: string, req: Request, res: Response): void {
    res.status(200).set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    res.flushHeaders();
    res.write('retry: 2000\n\n');
    const subscribers = this.topics.get(topic) ?? new Set<Response>();
    subscribers.add(res);
    this.topics.set(topic, subscribers);
    req.on('close', () => {
      subscribers.delete(res);
      if (subscribers.size === 0) this.topics.delete(topic);
    });
  }

  /** Sends an event to every subscriber of the topic; returns how many received it. */
  publish(topic: string, event: string, data: unknown): number {
    const subscribers = this.topics.get(topic);
    if (!subscribers) return 0;
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const res of subscribers) res.write(frame);
    return subscribers.size;
  }

  /** Ends every stream (graceful shutdown) and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    for (const subscribers of this.topics.values()) for (const res of subscribers) res.end();
    this.topics.clear();
  }

  private broadcastComment(comment: string): void {
    for (const subscribers of this.topics.values()) for (const res of subscribers) res.write(`: ${comment}\n\n`);
  }
}
