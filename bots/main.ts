/**
 * Starts the service: settings from the environment, the winston logger, the service on
 * PORT, and a graceful stop on SIGINT/SIGTERM. A bad setting stops start-up with every
 * problem listed at once.
 */
import { ConfigError, describeSettings, loadSettings, secretValues, type Settings } from '../config/settings';
import { createWinstonLogger } from './logging/winston-logger';
import { createService } from './service';

async function main(): Promise<void> {
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createWinstonLogger({ level: settings.logLevel, json: settings.nodeEnv === 'production', secrets: secretValues(settings) });
  const service = await createService({ settings, logger });
  const { port } = await service.start();
  logger.info('Switchboard is running', { settings: describeSettings(settings) });
  logger.info(`Web chat (stands in for a citizen's phone): http://localhost:${port}/`);
  logger.info(`Agent console (stands in for the agent desk): http://localhost:${port}/console`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping: finishing turns in flight and flushing the outbox', { signal });
    service.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Switchboard could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
