/** Benchmark target process: the floor app (signature check + empty TwiML), see bench/floor-app.ts. */
import { startFloor } from '../floor-app';
import { serveTarget } from './target-process';

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '{}') as { authToken: string; publicBaseUrl: string };
  const floor = await startFloor(args.authToken, args.publicBaseUrl);
  serveTarget(floor.port, { stop: () => floor.close() });
}

void main();
