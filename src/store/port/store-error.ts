/**
 * Why a store call failed. Clients see the first two in `extensions.code`; the others are internal
 * errors to them. STORE_MISCONFIGURED: the store refused the configuration (credentials, database
 * name): retrying cannot help, so start-up stops with the message, which names the variable.
 */
export type StoreErrorCode =
  | 'STORE_UNAVAILABLE'
  | 'STORE_TIMEOUT'
  | 'STORE_QUERY_FAILED'
  | 'STORE_MISCONFIGURED';

/**
 * The only error type that leaves a store adapter. The message is for logs (it may name
 * internals); the API maps the code to a client-safe GraphQL error.
 */
export class StoreError extends Error {
  /** What the message leaves out for being long or internal (a statement's text): for debug logs. */
  readonly detail: string | undefined;

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown; detail?: string },
  ) {
    super(message, options);
    this.name = 'StoreError';
    this.detail = options?.detail;
  }
}
