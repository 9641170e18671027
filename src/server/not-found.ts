import type { RequestHandler } from 'express';

import { requestScopeOf } from './request-id.js';

/**
 * The JSON 404 for every path nothing else serves (never express's HTML page, which names the
 * framework). Registered after every route, so routes added later are reached first.
 */
export const notFound: RequestHandler = (req, res) => {
  const message = `Nothing at ${req.method} ${req.path}. The API is POST /graphql (or GET /graphql with a query).`;
  requestScopeOf(res)?.errors.push({ code: 'NOT_FOUND', message });
  res
    .status(404)
    .json({ errors: [{ message, extensions: { code: 'NOT_FOUND', requestId: res.locals.requestId } }] });
};
