import 'reflect-metadata';

import { ConfigError, loadConfig } from './config.js';
import { createApp } from './server/app.js';
import { createHttpServer } from './server/http-server.js';
import { createMetricsServer } from './server/metrics-server.js';
import { createLogger } from './server/logger.js';
import { Metrics } from './server/metrics.js';
import { createServerStore } from './store/create-store.js';
import { describeOutcome } from './store/graph-integrity.js';
import { StoreError } from './store/port/store-error.js';
import { prepareGraph } from './store/prepare-graph.js';
import { StartupGate } from './store/startup-gate.js';

/**
 * config → store → GraphQL app → HTTP server listening at once; the graph is prepared behind a
 * gate (schema, first load, or waiting for the database) and served as soon as it is ready; a
 * clean shutdown on SIGTERM/SIGINT.
 */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const metrics = new Metrics({ maxOperations: config.metricsMaxOperations });

  const store = await createServerStore(config, metrics, (state, reason) =>
    state === 'down'
      ? logger.error({ reason }, 'graph store down; reconnecting')
      : logger.info('graph store back'),
  );
  const gate = new StartupGate(store);

  const httpServer = createHttpServer(config, { logger, metrics });
  const app = await createApp({ config, store: gate, metrics, logger, httpServer });
  httpServer.on('request', app.listener);
  // A port in use (or not allowed) stops start-up with one line and the store closed, instead of
  // an unhandled 'error' event.
  httpServer.once('error', (error: NodeJS.ErrnoException) => {
    logger.fatal({ code: error.code }, `cannot listen on ${config.host}:${config.port}: ${error.message}`);
    void store.close().finally(() => process.exit(1));
  });
  httpServer.listen(config.port, config.host, () => {
    logger.info({ store: store.capabilities.engine, port: config.port }, 'listening; preparing the graph');
  });

  // /metrics on a port of its own when METRICS_PORT is set (and METRICS is on).
  const metricsServer =
    config.metrics.enabled && config.metrics.port !== undefined ? createMetricsServer(metrics) : undefined;
  metricsServer?.once('error', (error: NodeJS.ErrnoException) => {
    logger.fatal(
      { code: error.code },
      `cannot serve /metrics on ${config.metrics.host}:${config.metrics.port} (METRICS_PORT): ${error.message}`,
    );
    void store.close().finally(() => process.exit(1));
  });
  metricsServer?.listen(config.metrics.port, config.metrics.host, () =>
    logger.info({ port: config.metrics.port, host: config.metrics.host }, '/metrics on its own port'),
  );

  const preparing = new AbortController();
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    preparing.abort();
    metricsServer?.close();
    await app.apollo.stop(); // drains in-flight requests, then closes the HTTP server
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await prepareGraph(store, {
    seedOnStart: config.seedOnStart,
    signal: preparing.signal,
    onLoaded: (counts) => logger.info({ counts }, 'loaded the ILO knowledge base into an empty store'),
    onChecked: (outcome) => {
      const line = describeOutcome(outcome, config.seedOnStart);
      if (line) logger[line.level]({ integrity: outcome }, line.message);
    },
    onWaiting: (reason, attempt, retryInMs) => {
      gate.waitingFor(reason);
      // The first failures are expected when the database starts beside the server: warn once,
      // then every tenth attempt.
      if (attempt === 1 || attempt % 10 === 0)
        logger.warn({ attempt, retryInMs, reason }, 'graph not ready yet');
    },
  });
  if (preparing.signal.aborted) return;
  gate.open();
  logger.info(
    { store: store.capabilities.engine, url: `http://localhost:${config.port}/graphql` },
    'ilo-graph ready',
  );
}

bootstrap().catch((error: unknown) => {
  // One line leading with the cause (it names the variable or file and says what to do); the
  // detail (a statement's text, the engine's own words) only with LOG_LEVEL=debug.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`ilo-graph cannot start: ${error instanceof Error ? error.message : String(error)}`);
  const detail = error instanceof StoreError ? error.detail : undefined;
  if (detail && /^(debug|trace)$/.test(process.env.LOG_LEVEL ?? '')) console.error(`detail: ${detail}`);
  process.exit(1);
});
