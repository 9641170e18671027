import type { RequestHandler } from 'express';

import { requestScopeOf } from './request-id.js';

/**
 * Content types a browser sends cross-site without a CORS preflight (a plain HTML form, or
 * `fetch` with `mode: 'no-cors'`). A POST carrying one of them could come from any web page.
 */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/** Headers no browser sends cross-site without a preflight: their presence proves one ran. */
export const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

export const CSRF_MESSAGE =
  'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). ' +
  `Send a 'content-type' header other than ${SIMPLE_CONTENT_TYPES.join(', ')} (such as ` +
  `application/json), or a non-empty value for one of the headers ${PREFLIGHT_HEADERS.join(', ')}.`;

/**
 * CSRF prevention for POST only; GET is left to every client's defaults (urql sends queries as
 * GET). Why that is safe here, and what a cross-site page can and cannot do, is in
 * docs/security.md: the API reads no cookies or other ambient credentials, a GET runs queries
 * only (Apollo refuses a mutation over GET, and the schema has none), and a cross-site page cannot
 * read an answer unless CORS_ORIGINS lets its origin.
 *
 * A POST must prove that the browser ran a CORS preflight: a content type a browser will not send
 * cross-site without one (anything but the three "simple" ones, e.g. `application/json`), or one
 * of PREFLIGHT_HEADERS. Otherwise 400 BAD_REQUEST, before the body is read. The check mirrors
 * Apollo Server's own `csrfPrevention`, which cannot be limited to POST.
 */
export const csrfPrevention: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const contentType = req.headers['content-type'];
  const essence = contentType?.split(';')[0]?.trim().toLowerCase();
  const simple = essence === undefined || essence === '' || SIMPLE_CONTENT_TYPES.includes(essence);
  const preflighted = PREFLIGHT_HEADERS.some((name) => (req.headers[name] ?? '').length > 0);
  if (!simple || preflighted) return next();
  requestScopeOf(res)?.errors.push({ code: 'BAD_REQUEST', message: CSRF_MESSAGE });
  res.status(400).json({
    errors: [{ message: CSRF_MESSAGE, extensions: { code: 'BAD_REQUEST', requestId: res.locals.requestId } }],
  });
};
