/**
 * Runs a benchmark target (the pipeline or the floor) in its own process, so the service under
 * test has an event loop to itself: the load generator and the fake provider stay in the parent.
 * The parent talks to it over IPC: a request names a command, the child answers with the result.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

/** A command the parent sends to a target, and its answer. */
export interface TargetRequest {
  id: number;
  command: string;
}

/** A running target process. */
export interface TargetProcess {
  port: number;
  /** Runs `command` in the child (e.g. "settle", "heap", "stop") and resolves with its answer. */
  call<T = unknown>(command: string): Promise<T>;
  /** Stops the child and waits for it to exit. */
  stop(): Promise<void>;
}

/** Forks `bench/targets/<name>.ts` with `args` and waits for it to listen. */
export async function startTarget(name: 'pipeline-target' | 'floor-target', args: Record<string, string>, profileDir?: string): Promise<TargetProcess> {
  const execArgv = ['--expose-gc', '--import', 'tsx'];
  const env = { ...process.env, ...(profileDir ? { BENCH_PROFILE_DIR: profileDir } : {}) };
  const child: ChildProcess = fork(path.join(__dirname, `${name}.ts`), [JSON.stringify(args)], { execArgv, env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before it was ready`)));
    child.on('message', (message: { ready?: number; id?: number; result?: unknown }) => {
      if (message.ready !== undefined) resolve(message.ready);
      else if (message.id !== undefined) pending.get(message.id)?.(message.result);
    });
  });
  const call = <T>(command: string) =>
    new Promise<T>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve as (value: unknown) => void);
      child.send({ id, command } satisfies TargetRequest);
    });
  return {
    port,
    call,
    async stop() {
      await call('stop').catch(() => undefined);
      await exited;
    },
  };
}

/** The child's side: announces its port, then answers the parent's commands until "stop". */
export function serveTarget(port: number, targetCommands: Record<string, () => Promise<unknown>>): void {
  let peakRss = process.memoryUsage().rss;
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();
  // How long callbacks waited for the event loop: the service's own share of acknowledgement latency.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const commands: Record<string, () => Promise<unknown>> = {
    ...targetCommands,
    'peak-rss': () => Promise.resolve(peakRss),
    'loop-delay': () => {
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      const figures = { p50Ms: ms(loopDelay.percentile(50)), p99Ms: ms(loopDelay.percentile(99)), maxMs: ms(loopDelay.max) };
      loopDelay.reset();
      return Promise.resolve(figures);
    },
    // A CPU profile of the steady state only (start-up excluded), written where --profile points.
    'profile-start': () => profiler.start(),
    'profile-stop': () => profiler.stop(),
  };
  process.on('message', (request: TargetRequest) => {
    const command = commands[request.command];
    void (command ? command() : Promise.resolve({ error: `unknown command ${request.command}` })).then((result) => {
      process.send?.({ id: request.id, result: result ?? null }, () => {
        if (request.command === 'stop') process.exit(0);
      });
    });
  });
  process.send?.({ ready: port });
}

/** Starts and stops a CPU profile through the inspector; stop writes it to BENCH_PROFILE_DIR (if set). */
const profiler = {
  session: null as Session | null,
  async start(): Promise<void> {
    if (!process.env.BENCH_PROFILE_DIR) return;
    this.session = new Session();
    this.session.connect();
    await post(this.session, 'Profiler.enable');
    await post(this.session, 'Profiler.start');
  },
  async stop(): Promise<string | null> {
    const dir = process.env.BENCH_PROFILE_DIR;
    if (!this.session || !dir) return null;
    const { profile } = (await post(this.session, 'Profiler.stop')) as { profile: unknown };
    this.session.disconnect();
    this.session = null;
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `steady-${process.pid}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    return file;
  },
};

function post(session: Session, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Heap in use after a full garbage collection (the child runs with --expose-gc). */
export function settledHeap(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}
