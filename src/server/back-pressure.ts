import { AsyncResource } from 'node:async_hooks';
import type { Socket } from 'node:net';

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

import type { RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

import { ErrorCode } from '../api/shared/errors.js';
import { corsResponseHeaders } from './cors.js';
import type { Metrics } from './metrics.js';
import { requestScopeOf } from './request-id.js';

export interface BackPressureLimits {
  /** Requests served at once, whole server (MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Requests waiting for a place beyond those (MAX_QUEUED); more are refused. */
  maxQueued: number;
  /** How long a request may wait for a place before it is refused (MAX_QUEUE_WAIT_MS). */
  maxQueueWaitMs: number;
  /** Requests of one connection served or waiting at once (pipelining; MAX_IN_FLIGHT_PER_CONNECTION). */
  maxPerConnection: number;
  /** Answer bytes one connection may leave unread before its new requests are refused (MAX_UNREAD_BYTES_PER_CONNECTION). */
  maxUnreadPerConnection: number;
  /** Answer bytes all connections together may leave unread: past it, the largest reader is closed (MAX_UNREAD_BYTES). */
  maxUnread: number;
  /** A connection over its unread budget that has not read it down within this long is closed. */
  drainTimeoutMs: number;
}

/** Paths that must answer whatever the load: liveness, readiness, metrics. */
const EXEMPT = new Set(['/health', '/ready', '/metrics']);

/** Seconds a refused client is told to wait. */
const RETRY_AFTER_SECONDS = 1;

interface ConnectionState {
  /** Requests of this connection admitted (running or waiting for a place) and not answered yet. */
  active: number;
  /** Its further requests (pipelined), waiting for one of those to be answered, in order. */
  held: (() => void)[];
  /** This module paused reading from the connection (while requests are held). */
  paused: boolean;
  /**
   * Bytes of answers complete in memory but not yet handed to the socket: a pipelined answer
   * waits there for the ones before it, however long the client takes to read those.
   */
  pending: number;
  /** Closes the connection if it does not read its answers in time. */
  drainTimer?: NodeJS.Timeout;
}

/**
 * Back-pressure for the whole server: no client can make it run, queue or buffer more than it can
 * bear, and /health, /ready and /metrics answer whatever the load.
 *
 * Why: ten sockets that each wrote 400 pipelined requests and never read their answers had ~1,850
 * operations running at once; /health timed out for ~30 s and unread answers took the process to
 * 1.2-1.8 GB (and, after the cache attack, out of heap). Node parses every pipelined request of a
 * chunk at once, and keeps every answer a client does not read.
 *
 * - At most `maxInFlight` requests do their work at once (from when their body is read); up to
 *   `maxQueued` more wait their turn in order, each for at most `maxQueueWaitMs`. A request gives
 *   its place back as soon as its answer is complete, not when the client has read it. Each
 *   starts on a turn of the event loop of its own, so that /health is polled between them.
 * - One connection has at most `maxPerConnection` requests admitted at once; its further
 *   (pipelined) requests wait, in order, and the connection is not read meanwhile.
 * - A connection that leaves more than `maxUnreadPerConnection` bytes of answers unread (in the
 *   socket's buffer, or waiting behind an unread answer) gets its further requests refused, and
 *   is closed if it still has not read them `drainTimeoutMs` later; when all connections
 *   together leave more than `maxUnread`, the one holding most is closed.
 *
 * A refusal is 503 with `Retry-After` and a JSON error (code SERVER_BUSY).
 */
export interface BackPressure {
  /** Wraps the app: per-connection shares and unread budgets, for every route but the exempt ones. */
  connections(app: RequestListener): RequestListener;
  /** Where a route starts its work, after reading its body: the server-wide in-flight cap and queue. */
  admission: RequestHandler;
}

export function backPressure(
  limits: BackPressureLimits,
  metrics: Metrics,
  logger: Logger,
  corsOrigins: readonly string[] = [],
): BackPressure {
  const connections = new WeakMap<Socket, ConnectionState>();
  /** Connections that may hold unread answers, for the server-wide budget. */
  const holding = new Set<Socket>();
  const gate = new AdmissionGate(limits.maxInFlight, limits.maxQueued);
  const unreadOf = (socket: Socket) => socket.writableLength + (connections.get(socket)?.pending ?? 0);
  const totalUnread = () => {
    let total = 0;
    for (const socket of holding) total += unreadOf(socket);
    return total;
  };
  metrics.watchAdmission(() => ({ running: gate.running, queued: gate.queued, unreadBytes: totalUnread() }));

  const stateOf = (socket: Socket): ConnectionState => {
    let state = connections.get(socket);
    if (!state) {
      const created: ConnectionState = { active: 0, held: [], paused: false, pending: 0 };
      connections.set(socket, (state = created));
      socket.once('close', () => {
        clearTimeout(created.drainTimer);
        holding.delete(socket);
      });
    }
    return state;
  };

  const close = (socket: Socket, reason: string, message: string) => {
    logger.warn({ unreadBytes: unreadOf(socket), remote: socket.remoteAddress }, message);
    metrics.shed.inc({ reason });
    holding.delete(socket);
    socket.destroy();
  };

  /** After an answer is complete or handed over: enforce the unread budgets. */
  const checkUnread = (socket: Socket, state: ConnectionState) => {
    if (socket.destroyed) return;
    if (unreadOf(socket) === 0) {
      holding.delete(socket);
      return;
    }
    holding.add(socket);
    if (unreadOf(socket) > limits.maxUnreadPerConnection && !state.drainTimer) {
      const timer = setTimeout(() => {
        state.drainTimer = undefined;
        if (unreadOf(socket) > limits.maxUnreadPerConnection)
          close(socket, 'unread_timeout', 'closing a connection that does not read its answers');
      }, limits.drainTimeoutMs);
      state.drainTimer = timer.unref();
    }
    let total = totalUnread();
    while (total > limits.maxUnread && holding.size > 0) {
      const largest = [...holding].reduce((a, b) => (unreadOf(b) > unreadOf(a) ? b : a));
      total -= unreadOf(largest);
      close(
        largest,
        'unread_budget',
        'closing the connection with the most unread answers: the server-wide budget is spent',
      );
    }
  };

  /** A request of a connection with a place free: counted until its answer is complete. */
  const enter = (
    socket: Socket,
    state: ConnectionState,
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => {
    if (unreadOf(socket) > limits.maxUnreadPerConnection)
      return refuseRaw(req, res, 'unread', metrics, corsOrigins);
    state.active++;
    let answered = false;
    /** The answer is complete (or the client gone): the connection's next request may go. */
    const answer = () => {
      if (answered) return;
      answered = true;
      state.active--;
      const following = state.held.shift();
      if (following) following();
      else if (state.paused) {
        state.paused = false;
        socket.resume();
      }
    };
    // Why wrap end(): 'finish' waits until the socket takes the answer, which a client that does
    // not read delays forever (and a pipelined answer waits for every answer before it).
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const chunk = args[0];
      const bytes = typeof chunk === 'string' || Buffer.isBuffer(chunk) ? Buffer.byteLength(chunk) : 0;
      state.pending += bytes;
      res.once('finish', () => {
        state.pending -= bytes;
        checkUnread(socket, state);
      });
      const result = end(...args);
      res.emit(ANSWERED);
      answer();
      checkUnread(socket, state);
      return result;
    }) as ServerResponse['end'];
    res.once('close', answer);
    next();
  };

  /**
   * Per connection, every route: pipelined requests beyond its share wait; unread budgets. In
   * front of the whole app, before express: a flood of pipelined requests costs Node's parsing
   * and little more (through express, each held request cost ~20 times what Node's own did).
   */
  const guard = (app: RequestListener): RequestListener => {
    return (req, res) => {
      const next = () => void app(req, res);
      if (EXEMPT.has(pathOf(req.url))) return next();
      const socket = req.socket;
      const state = stateOf(socket);
      if (state.active < limits.maxPerConnection && state.held.length === 0) {
        return enter(socket, state, req, res, next);
      }
      // Pipelined beyond the connection's share: wait for its earlier requests, and stop reading
      // more of them meanwhile (Node has parsed the chunk in hand; the rest stays in the socket).
      state.held.push(() => enter(socket, state, req, res, next));
      if (!state.paused) {
        state.paused = true;
        socket.pause();
      }
    };
  };

  /**
   * Server-wide, where a route starts its work (after reading the request body, so that a slow
   * upload holds no place): at most `maxInFlight` at once, `maxQueued` waiting.
   */
  const admission: RequestHandler = (_req, res, next) => {
    let ticket: Ticket | undefined = gate.enter();
    const release = () => {
      if (ticket) gate.release(ticket);
      ticket = undefined;
    };
    res.once(ANSWERED, release);
    res.once('close', release);
    // Why setImmediate: a request whose reads hit the read cache runs to its answer in
    // microtasks, and the answer resumes the parser on the next pipelined one: ten such
    // connections kept the event loop from polling for 20 s, /health included.
    if (ticket.admitted) return void setImmediate(next);
    if (ticket.refused) {
      ticket = undefined;
      return refuse(res, 'queue_full', metrics);
    }
    const waiting = ticket;
    const timer = setTimeout(() => {
      if (gate.cancel(waiting)) {
        ticket = undefined;
        refuse(res, 'queue_timeout', metrics);
      }
    }, limits.maxQueueWaitMs);
    // Bound to this request's async context: it is called from the request that frees a place.
    waiting.onAdmit = AsyncResource.bind(() => {
      clearTimeout(timer);
      setImmediate(next);
    });
    res.once('close', () => clearTimeout(timer));
  };

  return { connections: guard, admission };
}

/** Emitted on a response when its answer is complete (end() called). */
const ANSWERED = 'ilo-graph:answered';

/** The path of a request URL, without its query. */
function pathOf(url: string | undefined): string {
  const q = (url ?? '/').indexOf('?');
  return q < 0 ? (url ?? '/') : (url ?? '/').slice(0, q);
}

/** A refusal before express has seen the request (no request id yet: one is made). */
function refuseRaw(
  req: IncomingMessage,
  res: ServerResponse,
  reason: string,
  metrics: Metrics,
  corsOrigins: readonly string[],
): void {
  metrics.shed.inc({ reason });
  const requestId = randomUUID();
  const body = JSON.stringify({
    errors: [{ message: BUSY, extensions: { code: ErrorCode.SERVER_BUSY, requestId } }],
  });
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(RETRY_AFTER_SECONDS),
    'x-request-id': requestId,
    ...corsResponseHeaders(corsOrigins, req.headers.origin),
  });
  res.end(body);
}

const BUSY = 'The server is busy. Retry after the time in the Retry-After header.';

function refuse(res: Response, reason: string, metrics: Metrics): void {
  metrics.shed.inc({ reason });
  const message = BUSY;
  requestScopeOf(res)?.errors.push({ code: ErrorCode.SERVER_BUSY, message });
  if (res.headersSent || res.writableEnded) return;
  res
    .status(503)
    .set('Retry-After', String(RETRY_AFTER_SECONDS))
    .json({
      errors: [{ message, extensions: { code: ErrorCode.SERVER_BUSY, requestId: res.locals.requestId } }],
    });
}

interface Ticket {
  admitted: boolean;
  refused: boolean;
  onAdmit?: () => void;
}

/** A counting semaphore with a bounded first-in, first-out queue. */
class AdmissionGate {
  private inUse = 0;
  private readonly waiting: Ticket[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaiting: number,
  ) {}

  get running(): number {
    return this.inUse;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** A ticket admitted at once, refused (queue full), or waiting for `onAdmit`. */
  enter(): Ticket {
    if (this.inUse < this.capacity) {
      this.inUse++;
      return { admitted: true, refused: false };
    }
    if (this.waiting.length >= this.maxWaiting) return { admitted: false, refused: true };
    const ticket: Ticket = { admitted: false, refused: false };
    this.waiting.push(ticket);
    return ticket;
  }

  /** Leaves the queue; false when it was already admitted. */
  cancel(ticket: Ticket): boolean {
    const i = this.waiting.indexOf(ticket);
    if (i < 0) return false;
    this.waiting.splice(i, 1);
    return true;
  }

  /** Gives an admitted ticket's place to the next in line. */
  release(ticket: Ticket): void {
    if (!ticket.admitted) {
      this.cancel(ticket);
      return;
    }
    ticket.admitted = false;
    const next = this.waiting.shift();
    if (next) {
      next.admitted = true;
      next.onAdmit?.();
    } else this.inUse--;
  }
}
