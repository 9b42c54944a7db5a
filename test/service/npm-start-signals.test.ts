/**
 * `npm start` as an orchestrator runs it: SIGTERM sent to npm must reach the service, which
 * drains and exits, leaving no orphaned process holding the port.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start and signals', () => {
  it('passes SIGTERM on to the service, which stops and frees its port', async () => {
    const npm = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: '0', NODE_ENV: 'development', DEMO_HISTORY_WEEKS: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`service did not start:\n${output}`)), 30_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Agent console[^\n]*localhost:(\d+)/.exec(output);
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(Number(found[1]));
        }
      };
      npm.stdout.on('data', read);
      npm.stderr.on('data', read);
    });
    expect(await portAnswers(port)).toBe(true);

    const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
    npm.kill('SIGTERM');
    await exited;
    // The service may take a moment after npm itself exits; it must be gone well within its shutdown timeout.
    let answering = true;
    for (let i = 0; i < 50 && answering; i++) {
      answering = await portAnswers(port);
      if (answering) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(answering).toBe(false);
    expect(output).toContain('stopping: finishing turns in flight');
  }, 60_000);
});
