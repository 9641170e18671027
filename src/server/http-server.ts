import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

import type { Logger } from 'pino';

import type { Config } from '../config.js';
import { corsResponseHeaders } from './cors.js';
import type { Metrics } from './metrics.js';

/**
 * The HTTP server, with socket timeouts. Why: Node's defaults let a client that declares a
 * longer body than it sends (or never finishes its headers) hold a connection for 300 s; with
 * `HTTP_REQUEST_TIMEOUT_MS` (whole request, default 30 s) and `HTTP_HEADERS_TIMEOUT_MS` (default
 * 20 s) such a request is answered 408 and its connection closed. Node checks the timeouts
 * periodically, so the check runs at a quarter of the shorter one (at most every 5 s).
 *
 * A request Node refuses before express sees it (a timeout, headers too large → 431, broken
 * HTTP → 400) gets the same log line and `ilo_graph_http_refused_total{status}` count as a
 * request refused before GraphQL, and a GraphQL-shaped JSON error.
 */
export function createHttpServer(
  config: Pick<Config, 'http'> & Partial<Pick<Config, 'corsOrigins'>>,
  { logger, metrics }: { logger: Logger; metrics: Metrics },
): Server {
  const { requestTimeoutMs, headersTimeoutMs } = config.http;
  const server = createServer({
    requestTimeout: requestTimeoutMs,
    headersTimeout: headersTimeoutMs,
    connectionsCheckingInterval: Math.min(5_000, Math.max(50, Math.floor(headersTimeoutMs / 4))),
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const status = clientErrorStatus(error.code);
    // A client that went away, or a response already under way: nothing to answer.
    const response = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (status === undefined || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    const requestId = randomUUID();
    const message = status === 408 ? 'Request timed out.' : `${STATUS_CODES[status] ?? 'Bad Request'}.`;
    metrics.httpRefused.inc({ status: String(status) });
    logger.info(
      { requestId, status, error: error.code, errorCodes: ['BAD_REQUEST'], message },
      'http request refused',
    );
    const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST', requestId } }] });
    // A listed origin's page can read the refusal, as it can every other error.
    const cors = Object.entries(corsResponseHeaders(config.corsOrigins ?? [], originOf(error)))
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\nx-request-id: ${requestId}\r\n${cors}\r\n${body}`,
    );
  });
  return server;
}

/**
 * The `Origin` header of a request Node refused before parsing it whole, read from the bytes it
 * received (`rawPacket`); only a well-formed origin is returned.
 */
function originOf(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): string | undefined {
  const head = error.rawPacket?.subarray(0, 16_384).toString('latin1');
  const origin = head && /\r\norigin:[ \t]*([^\r\n]*)/i.exec(head)?.[1]?.trim();
  return origin && /^https?:\/\/[\w.-]+(:\d+)?$/.test(origin) ? origin : undefined;
}

/** The status for a connection-level client error; undefined when the client is gone. */
function clientErrorStatus(code: string | undefined): number | undefined {
  switch (code) {
    case 'ECONNRESET':
    case 'EPIPE':
      return undefined;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    default:
      return 400;
  }
}
