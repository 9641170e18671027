import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

import { ErrorCode } from '../api/shared/errors.js';
import { StoreError } from '../store/port/store-error.js';
import { currentRequestId, currentRequestScope } from './request-id.js';

/** Client-facing messages for store failures: what happened and what to do, never internals. */
export const STORE_MESSAGES: Record<StoreError['code'], { code: ErrorCode; message: string }> = {
  STORE_UNAVAILABLE: {
    code: ErrorCode.STORE_UNAVAILABLE,
    message: 'The graph store is unavailable. Retry shortly; /ready reports when it is back.',
  },
  STORE_TIMEOUT: {
    code: ErrorCode.STORE_TIMEOUT,
    message: 'The graph store did not answer in time. Narrow the query (fewer items, less nesting) or retry.',
  },
  STORE_MISCONFIGURED: {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: 'The graph store failed to answer this query.',
  },
  STORE_QUERY_FAILED: {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: 'The graph store failed to answer this query.',
  },
};

/** Codes whose messages were written for clients and pass through unmasked. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.QUERY_TOO_COMPLEX,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The `extensions.code` a client receives for an error, as `formatError` decides it: a store
 * failure's documented code, BAD_REQUEST for Apollo's code-less 4xx refusals, else the error's
 * own code or INTERNAL_SERVER_ERROR. The log uses it, so a line says what the client was told.
 */
export function clientErrorCode(error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof StoreError) return STORE_MESSAGES[original.code].code;
  if (isCodelessClientError(error)) return 'BAD_REQUEST';
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' && code !== '' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Apollo's formatError: store failures become their documented codes; in production any other
 * unexpected error is masked (no message, no stack trace), and the log keeps the original
 * (the request id in `extensions` ties the two together). Every error carries `requestId`.
 */
export function formatError(production: boolean) {
  const format = formatErrorFor(production);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const sent = format(formatted, error);
    // For the HTTP-level log of a request refused before any operation ran (CSRF, batching...).
    const scope = currentRequestScope();
    if (scope && scope.errors.length < 5)
      scope.errors.push({ code: String(sent.extensions?.code), message: sent.message });
    return sent;
  };
}

function formatErrorFor(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const requestId = currentRequestId();
    const withId = (e: GraphQLFormattedError): GraphQLFormattedError =>
      requestId ? { ...e, extensions: { ...e.extensions, requestId } } : e;
    const original = unwrapResolverError(error);
    if (original instanceof StoreError) {
      const { code, message } = STORE_MESSAGES[original.code];
      return withId({ message, locations: formatted.locations, path: formatted.path, extensions: { code } });
    }
    const code = isCodelessClientError(error)
      ? 'BAD_REQUEST'
      : String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (code !== formatted.extensions?.code)
      formatted = { ...formatted, extensions: { ...formatted.extensions, code } };
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      if (!production) return withId(formatted);
      return withId({ ...formatted, message: withoutFingerprints(formatted.message), extensions });
    }
    if (!production) return withId(formatted);
    return withId({
      message: 'Internal server error. Quote the request id when reporting it.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  };
}

/**
 * A client error's message as production sends it: without what names the server's software or
 * spells out its schema to a prober (Apollo's own introspection refusal, graphql-js's "Did you
 * mean ...?" suggestions, a raw stack overflow).
 */
function withoutFingerprints(message: string): string {
  if (/introspection is not allowed/i.test(message)) return 'Introspection is disabled on this server.';
  if (/maximum call stack size exceeded/i.test(message)) return 'Query is nested too deeply.';
  return message.replace(/ ?Did you mean [^?]*\?/g, '');
}

/**
 * Apollo refuses some requests with a 4xx status but no code (e.g. "provided sha does not match
 * query" for a persisted query): they are the client's mistake, reported as BAD_REQUEST.
 */
function isCodelessClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code) return false;
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
