import { useEffect, useState } from 'react';

import type { TypedDocumentString } from '../generated/graphql.js';
import { ApiError, request } from './request.js';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'done'; data: T; error?: undefined };

/**
 * Runs an operation when the component mounts and again whenever its variables change (compared
 * by value); an answer that arrives after the variables changed is dropped. `skip` waits.
 */
export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { skip?: boolean } = {},
): QueryState<Result> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; state: QueryState<Result> }>({
    key,
    state: { status: 'loading' },
  });
  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState({ key, state: { status: 'loading' } });
    request(document, JSON.parse(key) as Variables, controller.signal).then(
      (data) => setState({ key, state: { status: 'done', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError =
          error instanceof ApiError ? error : new ApiError(String((error as Error).message), 'UNKNOWN');
        setState({ key, state: { status: 'error', error: apiError } });
      },
    );
    return () => controller.abort();
  }, [document, key, options.skip]);
  return state.key === key ? state.state : { status: 'loading' };
}
