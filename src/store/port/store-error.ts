/** Why a store call failed, as clients see it in `extensions.code`. */
export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_TIMEOUT' | 'STORE_QUERY_FAILED';

/**
 * The only error type that leaves a store adapter. The message is for logs (it may name
 * internals); the API maps the code to a client-safe GraphQL error.
 */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
