import type { TypedDocumentString } from '../generated/graphql.js';

/** An error the API answered with, with its documented code (docs/errors.md) and request id. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
}

/**
 * Runs one of the explorer's typed operations against this server's public GraphQL API, as any
 * client does: a POST with a JSON body. Any error in the answer fails the call with an ApiError
 * (the pages show its message, code and request id).
 */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The server cannot be reached.', 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<Result>;
  try {
    body = (await response.json()) as GraphQLResponse<Result>;
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL answer.`, 'BAD_RESPONSE');
  }
  const error = body.errors?.[0];
  if (error)
    throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN', error.extensions?.requestId);
  if (!body.data) throw new ApiError('The server answered without data.', 'BAD_RESPONSE');
  return body.data;
}
