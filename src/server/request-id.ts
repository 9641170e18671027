import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { RequestHandler, Response } from 'express';

/**
 * The HTTP request being served: its id, for every error and log line it causes, and what the
 * HTTP-level log needs to know. Kept in async-local storage because some errors are formatted
 * before Apollo builds a context (CSRF, bad request bodies) and Apollo's `formatError` receives
 * no context.
 */
export interface RequestScope {
  requestId: string;
  /** A GraphQL operation started: its own log line and metrics cover the request. */
  graphqlOperation: boolean;
  /** Errors sent to the client, as sent (code and client-facing message). */
  errors: { code: string; message: string }[];
}

const current = new AsyncLocalStorage<RequestScope>();

export function currentRequestId(): string | undefined {
  return current.getStore()?.requestId;
}

export function currentRequestScope(): RequestScope | undefined {
  return current.getStore();
}

/** The scope of an express request (set by requestIdMiddleware). */
export function requestScopeOf(res: Response): RequestScope | undefined {
  return res.locals.requestScope as RequestScope | undefined;
}

/** A caller's own request id is kept if it is short and plain, so its logs and ours line up. */
export function headerRequestId(value: string | string[] | undefined): string | undefined {
  const id = Array.isArray(value) ? value[0] : value;
  return id && /^[\w.-]{1,64}$/.test(id) ? id : undefined;
}

/** First middleware: picks the request id, echoes it in `x-request-id`, and scopes the rest of the request to it. */
export const requestIdMiddleware: RequestHandler = (req, res, next) => {
  const requestId = headerRequestId(req.headers['x-request-id']) ?? randomUUID();
  const scope: RequestScope = { requestId, graphqlOperation: false, errors: [] };
  res.locals.requestId = requestId;
  res.locals.requestScope = scope;
  res.setHeader('x-request-id', requestId);
  current.run(scope, next);
};

/** Re-enters the request's scope (after a middleware that called `next` from a stream event). */
export const requestIdScope: RequestHandler = (_req, res, next) => {
  const scope = requestScopeOf(res) ?? {
    requestId: String(res.locals.requestId),
    graphqlOperation: false,
    errors: [],
  };
  current.run(scope, next);
};
