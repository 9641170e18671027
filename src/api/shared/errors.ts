import { GraphQLError } from 'graphql';

/**
 * The documented `extensions.code` values (README "Errors"). Clients branch on these, never on
 * message text.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  STORE_TIMEOUT = 'STORE_TIMEOUT',
  /** 503 with Retry-After: the server is at its in-flight or buffering limits (src/server/back-pressure.ts). */
  SERVER_BUSY = 'SERVER_BUSY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Bad input: the message says what was wrong and what is accepted; `argument` names it. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) },
  });
}

/** An id that must exist does not: `id` is the id; `argument` names the argument that carried it. */
export function notFound(message: string, id: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.NOT_FOUND, id, ...(argument ? { argument } : {}) },
  });
}
