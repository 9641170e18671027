import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
  Router,
} from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../api/shared/errors.js';
import type { Config } from '../config.js';
import { createLoaders, type Loaders } from '../loaders/create-loaders.js';
import { MatchService } from '../matching/match.service.js';
import { corsMiddleware } from '../server/cors.js';
import { STORE_MESSAGES } from '../server/errors.js';
import { httpRefusalLog } from '../server/http-refusals.js';
import type { Metrics } from '../server/metrics.js';
import { requestIdScope, requestScopeOf } from '../server/request-id.js';
import type { GraphStore } from '../store/port/graph-store.port.js';
import { StoreError } from '../store/port/store-error.js';
import { extendData, proposeProperties } from './extend.js';
import { reconcileManifest } from './manifest.js';
import { featuresPage, previewPage } from './pages.js';
import { badParameter, parseJsonParameter, ReconcileError } from './reconcile-error.js';
import { reconcileBatch } from './reconcile-queries.js';
import { suggestEntities, suggestParameters, suggestProperties, suggestTypes } from './suggest.js';

export interface ReconcileRouterOptions {
  config: Config;
  store: GraphStore;
  metrics: Metrics;
  logger: Logger;
  /**
   * Where a request takes its place among those the server works on at once (the back-pressure
   * gate GraphQL requests go through), once its body is read. None: no cap (tests of the router alone).
   */
  admission?: RequestHandler;
}

/** The HTTP status of a store failure (its code and message are the GraphQL side's). */
const STORE_STATUS: Partial<Record<StoreError['code'], number>> = {
  STORE_UNAVAILABLE: 503,
  STORE_TIMEOUT: 504,
};

/** The server's address as the client reaches it: PUBLIC_URL, else the request's own. */
const baseOf = (config: Config, req: Request): string =>
  config.publicUrl ?? `${req.protocol}://${req.get('host')}`;

/** One parameter, from the query string (GET) or the body (a form or a JSON object, POST). */
function parameter(req: Request, name: string): unknown {
  const body =
    req.method === 'POST' && req.body && typeof req.body === 'object'
      ? (req.body as Record<string, unknown>)
      : {};
  const value = name in body ? body[name] : (req.query as Record<string, unknown>)[name];
  if (Array.isArray(value)) throw badParameter(`${name} is given more than once.`, name);
  return value;
}

/** A JSON parameter, sent as JSON text (a form, a query string) or as JSON itself (a JSON body). */
function jsonParameter(req: Request, name: string): unknown {
  const value = parameter(req, name);
  return typeof value === 'string' ? parseJsonParameter(value, name) : value;
}

/**
 * The W3C Entity Reconciliation Community Group's Reconciliation Service API, version 0.2, for
 * OpenRefine and any client that speaks it, under /reconcile:
 *
 * - `GET /reconcile`: the manifest; `GET|POST /reconcile` with `queries`: reconciliation (one
 *   call of the matching service for the whole batch, the one GraphQL `match` uses); with
 *   `extend`: data extension (read through the request's DataLoaders, as GraphQL reads).
 *   `queries` and `extend` come as a form field or query-string parameter holding JSON (what the
 *   spec requires), or as a JSON body `{"queries": {...}}`.
 * - `GET /reconcile/suggest/{entity,type,property}?prefix=&cursor=`, `GET /reconcile/preview?id=`,
 *   `GET /reconcile/extend/propose?type=`, `GET /reconcile/features`.
 *
 * Every endpoint answers CORS (RECONCILE_CORS_ORIGINS, any origin by default: the spec makes CORS
 * mandatory). JSONP, optional in 0.2, is not offered: a `callback` parameter is refused, since
 * CORS serves every browser a client of this version runs in and JSONP would run our answers as
 * script in the caller's page. Errors are JSON `{errors: [{message, extensions: {code,
 * argument, requestId}}]}` with the server's documented codes (docs/errors.md). The server's
 * limits hold: MAX_BODY_BYTES, the HTTP timeouts, STORE_QUERY_TIMEOUT_MS.
 */
export function reconcileRouter({
  config,
  store,
  metrics,
  logger,
  admission,
}: ReconcileRouterOptions): Router {
  const router = Router();
  const matching = new MatchService(store);
  const loaders = (): Loaders =>
    createLoaders(store, { observe: (loader, size) => metrics.batchSizes.observe({ loader }, size) });

  router.use(
    httpRefusalLog(logger, metrics),
    corsMiddleware(config.reconcileCorsOrigins),
    express.urlencoded({ extended: false, limit: config.limits.maxBodyBytes }),
    express.json({ limit: config.limits.maxBodyBytes }),
    ...(admission ? [admission] : []),
    // Body parsing and admission resume outside the request's async scope: enter it again.
    requestIdScope,
    requestLog(logger, metrics),
    refuseJsonp,
  );

  router.all(
    '/',
    handle(['GET', 'POST'], async (req, res) => {
      const queries = parameter(req, 'queries');
      const extend = parameter(req, 'extend');
      if (queries !== undefined && extend !== undefined)
        throw badParameter('Send queries or extend, not both in one request.', 'queries');
      if (queries !== undefined) {
        res.locals.endpoint = 'reconcile';
        res.json(await reconcileBatch(matching, jsonParameter(req, 'queries')));
      } else if (extend !== undefined) {
        res.locals.endpoint = 'extend';
        res.json(await extendData(loaders(), jsonParameter(req, 'extend')));
      } else if (req.method === 'GET') {
        res.locals.endpoint = 'manifest';
        res.json(reconcileManifest(baseOf(config, req)));
      } else
        throw badParameter(
          'A POST to /reconcile sends `queries` (reconciliation) or `extend` (data extension).',
          'queries',
        );
    }),
  );

  router.all(
    '/suggest/entity',
    handle(['GET'], async (req, res) => {
      res.json(await suggestEntities(store, loaders(), suggestParameters(req.query)));
    }),
  );
  router.all(
    '/suggest/type',
    handle(['GET'], (req, res) => {
      res.json(suggestTypes(suggestParameters(req.query)));
    }),
  );
  router.all(
    '/suggest/property',
    handle(['GET'], (req, res) => {
      res.json(suggestProperties(suggestParameters(req.query)));
    }),
  );
  router.all(
    '/extend/propose',
    handle(['GET'], (req, res) => {
      res.json(proposeProperties(req.query as Record<string, unknown>));
    }),
  );
  router.all(
    '/preview',
    handle(['GET'], async (req, res) => {
      const id = parameter(req, 'id');
      if (typeof id !== 'string' || id === '')
        throw badParameter('id is required: the entity to preview.', 'id');
      const { status, html } = await previewPage(loaders(), id, baseOf(config, req));
      sendHtml(res.status(status), html);
    }),
  );
  router.all(
    '/features',
    handle(['GET'], (_req, res) => {
      sendHtml(res, featuresPage());
    }),
  );
  router.use((_req, _res) => {
    throw new ReconcileError(
      404,
      ErrorCode.NOT_FOUND,
      'No such reconciliation endpoint: GET /reconcile lists them in its manifest.',
    );
  });
  router.use(reconcileErrorHandler);
  return router;
}

/** An endpoint for some methods: others are answered 405 with `Allow`. */
function handle(methods: string[], run: (req: Request, res: Response) => unknown): RequestHandler {
  return async (req, res, next) => {
    if (!methods.includes(req.method)) {
      res.setHeader('Allow', methods.join(', '));
      next(
        new ReconcileError(
          405,
          'BAD_REQUEST',
          `Method ${req.method} is not allowed here: use ${methods.join(' or ')}.`,
        ),
      );
      return;
    }
    try {
      await run(req, res);
    } catch (error) {
      next(error);
    }
  };
}

/** HTML the service writes itself: no script, nothing loaded from elsewhere, framable by clients. */
function sendHtml(res: Response, html: string): void {
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *",
  );
  res.type('html').send(html);
}

const refuseJsonp: RequestHandler = (req, _res, next) => {
  if ('callback' in (req.query as Record<string, unknown>))
    next(
      badParameter(
        'JSONP is not offered: this service answers cross-origin requests with CORS (Reconciliation API 0.2). Drop the callback parameter.',
        'callback',
      ),
    );
  else next();
};

/** The endpoints a metric label may name: any other path counts as `other`, so labels stay few. */
const ENDPOINTS = new Set([
  'suggest/entity',
  'suggest/type',
  'suggest/property',
  'extend/propose',
  'preview',
  'features',
]);

/** One log line and one count per request the service answered (refusals are httpRefusalLog's). */
function requestLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const path = req.path.replace(/^\/|\/$/gu, '');
      const endpoint = String(
        res.locals.endpoint ?? (path === '' ? 'manifest' : ENDPOINTS.has(path) ? path : 'other'),
      );
      metrics.reconcileRequests.inc({ endpoint, status: String(res.statusCode) });
      if (res.statusCode >= 400) return;
      logger.info(
        {
          requestId: res.locals.requestId,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          endpoint,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        },
        'reconcile request',
      );
    });
    next();
  };
}

/**
 * Errors as JSON in the server's shape, with the documented codes: a refused parameter 400 (413
 * for a batch over batchSize), an unknown endpoint 404, a store failure 503/504. Anything else
 * goes to the server's handler (logged, 500). Body parser errors (413, bad JSON) too.
 */
function reconcileErrorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const failure =
    error instanceof ReconcileError
      ? { status: error.status, code: error.code, message: error.message, argument: error.argument }
      : error instanceof StoreError
        ? { status: STORE_STATUS[error.code] ?? 500, ...STORE_MESSAGES[error.code] }
        : undefined;
  if (!failure || res.headersSent) {
    next(error);
    return;
  }
  const requestId = res.locals.requestId as string | undefined;
  requestScopeOf(res)?.errors.push({ code: failure.code, message: failure.message });
  res.setHeader('Cache-Control', 'no-store');
  res.status(failure.status).json({
    errors: [
      {
        message: failure.message,
        extensions: {
          code: failure.code,
          ...('argument' in failure && failure.argument ? { argument: failure.argument } : {}),
          requestId,
        },
      },
    ],
  });
}
