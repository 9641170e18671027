import 'reflect-metadata';

import { ConfigError, loadConfig } from './config.js';
import { createApp } from './server/app.js';
import { createHttpServer } from './server/http-server.js';
import { createLogger } from './server/logger.js';
import { Metrics } from './server/metrics.js';
import { createServerStore } from './store/create-store.js';
import { ensureSeeded } from './store/ensure-seeded.js';

/** config → store (schema, seed) → GraphQL app → HTTP server, and a clean shutdown on SIGTERM/SIGINT. */
async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const metrics = new Metrics({ maxOperations: config.metricsMaxOperations });

  const store = createServerStore(config, metrics, (state, reason) =>
    state === 'down'
      ? logger.error({ reason }, 'graph store down; reconnecting')
      : logger.info('graph store back'),
  );
  await store.applySchema();
  const seeded = config.seedOnStart ? await ensureSeeded(store) : null;
  if (seeded) logger.info({ counts: seeded }, 'loaded the ILO knowledge base into an empty store');

  const httpServer = createHttpServer(config, { logger, metrics });
  const app = await createApp({ config, store, metrics, logger, httpServer });
  httpServer.on('request', app.express);
  // A port in use (or not allowed) stops start-up with one line and the store closed, instead of
  // an unhandled 'error' event.
  httpServer.once('error', (error: NodeJS.ErrnoException) => {
    logger.fatal({ code: error.code }, `cannot listen on ${config.host}:${config.port}: ${error.message}`);
    void store.close().finally(() => process.exit(1));
  });
  httpServer.listen(config.port, config.host, () => {
    logger.info(
      { store: store.capabilities.engine, url: `http://localhost:${config.port}/graphql` },
      'ilo-graph ready',
    );
  });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await app.apollo.stop(); // drains in-flight requests, then closes the HTTP server
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('ilo-graph failed to start:', error);
  process.exit(1);
});
