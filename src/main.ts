import 'reflect-metadata';
import './production-mode.js';

import { ConfigError, loadConfig } from './config.js';
import { EmbeddedNeo4jError } from './db/embedded.js';
import { createLogger } from './logger.js';

/** Progress for the person at the terminal; structured logs go to stdout. */
const progress = (line: string): void => {
  process.stderr.write(`treaty-graph: ${line}\n`);
};

async function main(): Promise<void> {
  // Configuration, validated before anything starts.
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  // Tracing, when an OTLP endpoint is configured: before the server's modules load, so that its
  // instrumentations see them. Without one, the SDK is never loaded.
  const tracing =
    config.otlpEndpoint === undefined
      ? undefined
      : await import('./http/tracing.js').then(({ startTracing }) => startTracing(['/healthz', '/readyz', config.metrics.path]));
  if (tracing !== undefined) progress(`tracing to ${config.otlpEndpoint}`);

  // Neo4j (the embedded one unless NEO4J_URI names another), migrations, seeds, HTTP.
  const { startService } = await import('./service/startup.js');
  const service = await startService(config, logger, progress);

  // On a signal, in order: stop taking requests, let those in flight finish (bounded), close Neo4j,
  // send the last spans.
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    progress(`${signal}: shutting down (waiting up to ${config.shutdownGraceSeconds}s for requests in flight)...`);
    await service.stop();
    await tracing?.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'tracing: last spans not sent'));
    progress('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    process.stderr.write(`treaty-graph: ${error.message}\n`);
  } else {
    process.stderr.write(`treaty-graph: failed to start: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
});
