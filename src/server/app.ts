import type { RequestListener, Server } from 'node:http';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import express, { type Express } from 'express';
import type { Logger } from 'pino';

import { getSchema } from '../api/build-schema.js';
import { parsedDocumentCache, persistedQueryCache } from '../cache/apollo-caches.js';
import type { ApiContext } from '../api/shared/context.js';
import type { Config } from '../config.js';
import { createLoaders } from '../loaders/create-loaders.js';
import type { GraphStore } from '../store/port/graph-store.port.js';
import { backPressure } from './back-pressure.js';
import { corsMiddleware } from './cors.js';
import { csrfPrevention } from './csrf.js';
import { documentLimitsMiddleware } from './document-limits.js';
import { formatError } from './errors.js';
import { httpErrorHandler, httpRefusalLog } from './http-refusals.js';
import { Metrics } from './metrics.js';
import { metricsHandler } from './metrics-server.js';
import { notFound } from './not-found.js';
import { observabilityPlugin } from './plugins/observability.plugin.js';
import { operationTypePlugin } from './plugins/operation-type.plugin.js';
import { queryLimitsPlugin } from './plugins/query-limits.plugin.js';
import { reconcileRouter } from '../reconcile/reconcile.router.js';
import { requestIdMiddleware, requestIdScope } from './request-id.js';
import { webPages } from './web-pages.js';

export interface App {
  express: Express;
  /** What the HTTP server calls for each request: the express app behind the per-connection gate. */
  listener: RequestListener;
  apollo: ApolloServer<ApiContext>;
  metrics: Metrics;
}

export interface AppOptions {
  config: Config;
  /** The store, already instrumented with `metrics` (see InstrumentedStore). */
  store: GraphStore;
  metrics: Metrics;
  logger: Logger;
  /** The HTTP server, so shutdown drains in-flight requests. */
  httpServer?: Server;
  /** false: DataLoaders do not batch (the benchmark's naive baseline). Default true. */
  batchLoads?: boolean;
  /** Where the built web pages are (default: web/dist, see web-pages.ts). */
  webDir?: string;
}

/**
 * The HTTP application: `/graphql` (Apollo), `/reconcile` (the Reconciliation Service API),
 * `/health` (liveness), `/ready` (the store answers), `/metrics` (Prometheus), and the web pages
 * (GraphiQL, `/explore`). Every request gets a request id and its own DataLoaders; a path nothing
 * serves gets a JSON 404.
 */
export async function createApp({
  config,
  store,
  metrics,
  logger,
  httpServer,
  batchLoads = true,
  webDir,
}: AppOptions): Promise<App> {
  const schema = await getSchema();
  const production = config.env === 'production';
  const apollo = new ApolloServer<ApiContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    // No "Did you mean ...?" suggestions in production: they spell out the schema to a prober.
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatError(production),
    // src/index.ts handles SIGTERM/SIGINT: it stops Apollo, then closes the store. Apollo's own
    // handler (on outside NODE_ENV=test) would re-send the signal once stopped and kill the
    // process before the store is closed, leaving an unflushed write-ahead log behind.
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo's default indents every answer (a measured share of a large one's CPU).
    stringifyResult: (result) => JSON.stringify(result),
    // Apollo's CSRF prevention covers GET too, which refuses urql's and graphql-request's GET
    // queries; csrf.ts keeps the same check on POST only (docs/security.md says why).
    csrfPrevention: false,
    // Automatic persisted queries, and the parsed documents that spare a repeated query its
    // parse and validation: in memory, bounded by entries and bytes (src/cache/apollo-caches.ts).
    persistedQueries: { cache: persistedQueryCache() },
    documentStore: parsedDocumentCache(),
    // The token limit again where Apollo parses (documentLimitsMiddleware checked it first).
    parseOptions: { maxTokens: config.limits.maxTokens },
    plugins: [
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      config.landingPage
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      // The graph changes only when it is re-seeded: let caches keep answers for a minute.
      ApolloServerPluginCacheControl({ defaultMaxAge: 60, calculateHttpHeaders: true }),
      operationTypePlugin(schema),
      queryLimitsPlugin(schema, {
        maxDepth: config.limits.maxDepth,
        maxComplexity: config.limits.maxComplexity,
        maxRootFields: config.limits.maxRootFields,
        maxPageSize: config.limits.maxPageSize,
        introspection: config.introspection,
      }),
      observabilityPlugin(logger, metrics),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(requestIdMiddleware);
  // Every route but /health, /ready and /metrics: per-connection shares and unread-answer budgets
  // (in front of express, see `listener`); routes that do work take a place with
  // `pressure.admission` once their body is read.
  const pressure = backPressure(config.backPressure, metrics, logger, config.corsOrigins);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const engine = store.capabilities.engine;
    try {
      await store.health();
      res.json({ status: 'ready', store: engine });
    } catch (error) {
      const reason = (error as Error).message;
      logger.warn({ requestId: res.locals.requestId, store: engine, reason }, 'not ready');
      // The reason names hosts, ports and driver errors: in production it stays in the log.
      res.status(503).json({ status: 'unavailable', store: engine, ...(production ? {} : { reason }) });
    }
  });
  // On this port unless METRICS_PORT moves it to its own server (metrics-server.ts) or METRICS=off.
  if (config.metrics.enabled && config.metrics.port === undefined)
    app.get('/metrics', metricsHandler(metrics));
  app.use(
    webPages({
      dir: webDir,
      graphiql: config.explorer,
      // Apollo Sandbox, when asked for, takes GET /graphql instead of GraphiQL.
      apolloSandbox: config.landingPage,
      explorer: config.webPages,
    }),
  );

  app.use(
    '/graphql',
    httpRefusalLog(logger, metrics),
    corsMiddleware(config.corsOrigins),
    csrfPrevention,
    express.json({ limit: config.limits.maxBodyBytes }),
    // A place among the requests served at once, now that the body is read.
    pressure.admission,
    // Body parsing and admission resume outside the request's async scope: enter it again.
    requestIdScope,
    // Before Apollo parses and validates: documents too large to validate cheaply are refused here.
    documentLimitsMiddleware(config.limits),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({
        store,
        loaders: createLoaders(store, {
          batch: batchLoads,
          observe: (loader, size) => metrics.batchSizes.observe({ loader }, size),
        }),
        limits: { maxPageSize: config.limits.maxPageSize },
        requestId: String(res.locals.requestId),
      }),
    }),
  );
  // The Reconciliation Service API (OpenRefine): an adapter over the matching service `match`
  // uses and the same loaders, beside GraphQL, behind the same admission.
  app.use('/reconcile', reconcileRouter({ config, store, metrics, logger, admission: pressure.admission }));
  // Last but the error handler: whatever path no route above serves (routes added later included).
  app.use(notFound);
  app.use(httpErrorHandler(logger));
  return { express: app, listener: pressure.connections(app), apollo, metrics };
}
