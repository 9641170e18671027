import { ErrorCode } from '../api/shared/errors.js';

/**
 * A request the reconciliation service refuses: its HTTP status, a documented code
 * (docs/errors.md) and what was wrong, naming the parameter (`queries.q3.limit`) where it is one.
 */
export class ReconcileError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'ReconcileError';
  }
}

/** 400 BAD_USER_INPUT: a parameter out of the spec or of range. */
export const badParameter = (message: string, argument?: string) =>
  new ReconcileError(400, ErrorCode.BAD_USER_INPUT, message, argument);

/** JSON text of a parameter (`queries`, `extend`), or a 400 naming it. */
export function parseJsonParameter(text: string, argument: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badParameter(`${argument} is not valid JSON.`, argument);
  }
}
