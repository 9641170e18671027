import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

/**
 * The id of the HTTP request being served, for every error and log line it causes. Kept in
 * async-local storage because some errors are formatted before Apollo builds a context (CSRF,
 * bad request bodies) and Apollo's `formatError` receives no context.
 */
const current = new AsyncLocalStorage<{ requestId: string }>();

export function currentRequestId(): string | undefined {
  return current.getStore()?.requestId;
}

/** A caller's own request id is kept if it is short and plain, so its logs and ours line up. */
export function headerRequestId(value: string | string[] | undefined): string | undefined {
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[\w.-]{1,64}$/.test(id) ? id : undefined;
}

/** First middleware: picks the request id, echoes it in `x-request-id`, and scopes the rest of the request to it. */
export const requestIdMiddleware: RequestHandler = (req, res, next) => {
  const requestId = headerRequestId(req.headers['x-request-id']) ?? randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  current.run({ requestId }, next);
};

/** Re-enters the request's scope (after a middleware that called `next` from a stream event). */
export const requestIdScope: RequestHandler = (_req, res, next) => {
  current.run({ requestId: String(res.locals.requestId) }, next);
};
