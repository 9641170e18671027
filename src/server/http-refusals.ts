import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../api/shared/errors.js';
import type { Metrics } from './metrics.js';
import { requestScopeOf } from './request-id.js';

/**
 * One log line and one count (`ilo_graph_http_refused_total{status}`) for every request to
 * /graphql answered with an error status before any GraphQL operation ran: bad JSON, a body over
 * the limit (413), a CSRF refusal, batching, an unsupported method (405) or content type (415).
 * Why: those never reach Apollo's plugins, so they left no trace at all. A request that ran an
 * operation is covered by the operation's own line and metrics instead.
 */
export function httpRefusalLog(logger: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const scope = requestScopeOf(res);
      if (res.statusCode < 400 || scope?.graphqlOperation) return;
      metrics.httpRefused.inc({ status: String(res.statusCode) });
      const line = {
        requestId: scope?.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        errorCodes: scope?.errors.map((e) => e.code),
        message: scope?.errors[0]?.message,
      };
      if (res.statusCode >= 500) logger.error(line, 'http request failed');
      else logger.info(line, 'http request refused');
    });
    next();
  };
}

const BODY_ERRORS: Record<string, string> = {
  'entity.too.large': 'Request body too large.',
  'entity.parse.failed': 'Request body is not valid JSON.',
  'charset.unsupported': 'Unsupported request body charset.',
  'encoding.unsupported': 'Unsupported request body encoding.',
  'request.aborted': 'Request aborted.',
  'request.size.invalid': 'Request body size does not match its content-length.',
};

/**
 * The express error handler (last in the app). A client's mistake found by the body parser
 * (truncated JSON, body over MAX_BODY_BYTES, unsupported charset...) is a 4xx with a
 * GraphQL-shaped BAD_REQUEST error, never an HTML page. Anything else is ours: logged with its
 * stack under the request id, and a 500 INTERNAL_SERVER_ERROR whose message says nothing more.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const scope = requestScopeOf(res);
    const requestId = scope?.requestId ?? res.locals.requestId;
    const status = httpStatusOf(error);
    const clientError = status !== undefined && status >= 400 && status < 500;
    const code = clientError ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR;
    const message = clientError
      ? (BODY_ERRORS[String((error as { type?: unknown }).type)] ?? 'Malformed request.')
      : 'Internal server error. Quote the request id when reporting it.';
    if (!clientError) logger.error({ requestId, err: error }, 'unexpected error in the HTTP handler');
    scope?.errors.push({ code, message });
    res.status(clientError ? status : 500).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}

/** The HTTP status an error says it is (http-errors' `status`/`statusCode`), if any. */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const value = typeof status === 'number' ? status : statusCode;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}
