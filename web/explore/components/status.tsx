import type { ReactNode } from 'react';

import type { QueryState } from '../api/use-query.js';

/** Renders a query's answer, or says it is loading, or shows its error with code and request id. */
export function QueryResult<T>({
  state,
  children,
}: {
  state: QueryState<T>;
  children: (data: T) => ReactNode;
}) {
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  if (state.status === 'error') return <ErrorMessage error={state.error} />;
  return <>{children(state.data)}</>;
}

export function ErrorMessage({ error }: { error: { message: string; code?: string; requestId?: string } }) {
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      {error.code ? (
        <p className="error-detail">
          Code <code>{error.code}</code>
          {error.requestId ? (
            <>
              , request id <code>{error.requestId}</code>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
