import { createServer, type Server } from 'node:http';

import type { RequestHandler } from 'express';

import type { Metrics } from './metrics.js';

/** GET /metrics: the Prometheus text of the server's registry. */
export function metricsHandler(metrics: Metrics): RequestHandler {
  return async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/**
 * /metrics on a port of its own (METRICS_PORT, bound to METRICS_HOST): so that the API's public
 * port does not show the server's internals, and a scraper reaches it on a private interface.
 * Anything but GET /metrics there is a JSON 404.
 */
export function createMetricsServer(metrics: Metrics): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/metrics') {
      metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': metrics.registry.contentType });
          res.end(text);
        },
        () => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              errors: [{ message: 'Metrics failed.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
            }),
          );
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        errors: [{ message: 'Only GET /metrics is served here.', extensions: { code: 'NOT_FOUND' } }],
      }),
    );
  });
}
