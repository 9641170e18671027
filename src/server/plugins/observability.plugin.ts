import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';

import type { ApiContext } from '../../api/shared/context.js';
import { clientErrorCode } from '../errors.js';
import type { Metrics } from '../metrics.js';
import { currentRequestScope } from '../request-id.js';

/**
 * One structured log line per operation (request id, operation name, duration, error codes),
 * the operation metrics, and the request id added to every error's extensions so a client's
 * report can be matched with the log.
 */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      // This request's line is the operation's: the HTTP-level refusal log leaves it alone.
      const scope = currentRequestScope();
      if (scope) scope.graphqlOperation = true;
      // `unknown` until the operation is resolved (a parse or validation failure never is).
      let operation = 'unknown';
      let label = 'unknown';
      return {
        async didResolveOperation({ operationName }) {
          // The name itself in the log (cut to a readable length), the bounded label in metrics.
          operation = operationName ? shorten(operationName) : 'anonymous';
          label = metrics.operationLabel(operationName);
        },
        async didEncounterErrors({ errors }) {
          // The detail of every error that is not the client's doing: what the client got
          // (`code`, e.g. STORE_UNAVAILABLE) and the original error with its stack (`err`).
          for (const error of errors) {
            if (!error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR') {
              logger.error(
                {
                  requestId: contextValue.requestId,
                  operation,
                  code: clientErrorCode(error),
                  err: error.originalError ?? error,
                },
                'operation error',
              );
            }
          }
        },
        async willSendResponse({ response, errors }) {
          // The codes as the client received them (formatError has run): the same mapping.
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const errorCodes = sent
            ? sent.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))
            : errors?.map(clientErrorCode);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const outcome = errors && errors.length > 0 ? 'error' : 'ok';
          metrics.requests.inc({ operation: label, outcome });
          metrics.requestSeconds.observe({ operation: label }, seconds);
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
          }
          logger.info(
            {
              requestId: contextValue.requestId,
              operation,
              durationMs: Math.round(seconds * 1e5) / 100,
              outcome,
              errorCodes,
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

const shorten = (name: string) => (name.length > 200 ? `${name.slice(0, 200)}…` : name);
