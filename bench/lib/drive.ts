import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import autocannon, { type Result as AutocannonResult } from 'autocannon';

import type { BenchQuery } from '../queries.js';

/** What one autocannon run measured. */
export interface Measurement {
  /** Requests per second answered 200 with the expected body (no `errors`). */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests answered in all, good or not. */
  requests: number;
  /** Non-2xx responses, 2xx responses whose body was not the expected answer, socket errors, timeouts. */
  non2xx: number;
  mismatches: number;
  errors: number;
  timeouts: number;
  durationSec: number;
}

/** autocannon loads its verifyBody by path in worker threads. */
const VERIFY_BODY = fileURLToPath(new URL('./verify-body.cjs', import.meta.url));

export function requestBody(query: BenchQuery): string {
  return JSON.stringify({
    operationName: query.operationName,
    query: query.query,
    variables: query.variables ?? {},
  });
}

/**
 * POSTs one operation once and returns the raw body, after checking it is a 200 with `data` and
 * no `errors`. Its text becomes the body every loaded response must equal.
 */
export async function answerOnce(url: string, query: BenchQuery): Promise<{ text: string; data: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requestBody(query),
  });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || json.errors?.length || json.data == null) {
    throw new Error(`${query.name} at ${url}: status ${response.status}, body ${text.slice(0, 500)}`);
  }
  return { text, data: json.data };
}

export interface DriveOptions {
  connections: number;
  durationSec: number;
  /** The answer every response must be (see verify-body.cjs; others count as mismatches). */
  expectBody: string;
}

/** What the load generator's process is asked to run (bench/lib/load-child.ts). */
export interface LoadRequest {
  url: string;
  body: string;
  connections: number;
  durationSec: number;
  expectBody: string;
  verifyBody: string;
}

const LOAD_CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));

/**
 * autocannon in a child process (POST JSON over loopback, keep-alive, no pipelining): the
 * servers under test have this process, and its CPU time, to themselves.
 */
export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  static start(): LoadGenerator {
    return new LoadGenerator(fork(LOAD_CHILD, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' }));
  }

  /** Drives one target with one operation for a bounded duration. */
  drive(url: string, query: BenchQuery, options: DriveOptions): Promise<Measurement> {
    const request: LoadRequest = { url, body: requestBody(query), ...options, verifyBody: VERIFY_BODY };
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (message: { result?: AutocannonResult; error?: string }) => {
        this.child.off('exit', onExit);
        if (message.result) resolve(measurement(message.result));
        else reject(new Error(`the load generator failed: ${message.error}`));
      });
      this.child.send(request);
    });
  }

  close(): void {
    this.child.kill();
  }
}

function measurement(result: AutocannonResult): Measurement {
  const good = Math.max(0, result['2xx'] - result.mismatches);
  return {
    rps: good / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSec: result.duration,
  };
}

/** autocannon loads its setupRequest by path in worker threads. */
const ROTATE_BODY = fileURLToPath(new URL('./rotate-body.cjs', import.meta.url));

export interface DriveBodiesOptions {
  connections: number;
  /** Requests in all (the run ends when they are answered), or else a duration. */
  amount?: number;
  durationSec?: number;
  workers: number;
}

/**
 * Drives one target with many different bodies (each request takes the next), for a fixed
 * number of requests. Every response must be a 200 with `data` and no `errors`.
 */
export async function driveBodies(
  url: string,
  bodies: string[],
  options: DriveBodiesOptions,
): Promise<Measurement> {
  process.env.BENCH_EXPECT_BODY = '';
  process.env.BENCH_BODIES = JSON.stringify(bodies);
  const result = await autocannon({
    url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.durationSec ?? 10 }),
    timeout: 60,
    verifyBody: VERIFY_BODY,
    requests: [
      { method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: ROTATE_BODY },
    ],
    ...(options.workers > 0 ? { workers: options.workers } : {}),
  });
  const good = Math.max(0, result['2xx'] - result.mismatches);
  return {
    rps: good / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSec: result.duration,
  };
}
