import type { RequestHandler } from 'express';

import { ErrorCode } from '../api/shared/errors.js';
import { requestScopeOf } from './request-id.js';

/**
 * Headers a browser frontend may send: JSON bodies, Apollo's CSRF-prevention headers (which
 * make a GET or a non-JSON POST acceptable), Apollo client identification, and our request id.
 */
const ALLOWED_HEADERS = [
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
];

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * The CORS headers an answer to `origin` carries under the allow-list (none for an origin not
 * listed, or no origin). For answers written outside express too: refusals at the socket level
 * (408, 431, malformed HTTP) and back-pressure's 503, so a listed frontend can read them.
 */
export function corsResponseHeaders(
  origins: readonly string[],
  origin: string | undefined,
): Record<string, string> {
  if (origin === undefined || !(origins.includes('*') || origins.includes(origin))) return {};
  return {
    'Access-Control-Allow-Origin': origins.includes('*') ? '*' : origin,
    'Access-Control-Expose-Headers': 'x-request-id',
    Vary: 'Origin',
  };
}

/**
 * CORS for /graphql, from the CORS_ORIGINS allow-list (`*` for any origin).
 *
 * - A request whose `Origin` is allowed gets `Access-Control-Allow-Origin` (and `Vary: Origin`),
 *   errors included, so a partner frontend can read what went wrong; the request id header is
 *   exposed to it.
 * - A preflight (`OPTIONS` with `Access-Control-Request-Method`) from an allowed origin is
 *   answered 204 here; from any other origin 403 with a JSON error, never Apollo's CSRF 400.
 * - Any other request runs as before: without the header, the browser keeps the answer from the
 *   page. Apollo's CSRF prevention is untouched: a cross-origin JSON POST is preflighted (and so
 *   allowed only for listed origins), and a simple request still needs a preflight header.
 * No credentials: the API is public and reads no cookies.
 */
export function corsMiddleware(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (origin === undefined) return next();
    res.vary('Origin');
    if (!any && !allowed.has(origin)) {
      if (!preflight) return next();
      const message = `Cross-origin requests from ${origin} are not allowed (CORS_ORIGINS).`;
      requestScopeOf(res)?.errors.push({ code: ErrorCode.FORBIDDEN, message });
      res.status(403).json({
        errors: [{ message, extensions: { code: ErrorCode.FORBIDDEN, requestId: res.locals.requestId } }],
      });
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    if (!preflight) return next();
    // OPTIONS is the preflight itself, never a method a page asks for.
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}
