/**
 * The load generator in a process of its own, so that the benchmark's process.cpuUsage() counts
 * the servers' work only (autocannon's worker threads would count in the servers' process).
 * Driven by bench/lib/drive.ts over IPC: one message per measurement, one answer each.
 */
import { createRequire } from 'node:module';

import autocannon from 'autocannon';

import type { LoadRequest } from './drive.js';

process.on('message', (request: LoadRequest) => {
  // verify-body.cjs reads the expected answer from here.
  process.env.BENCH_EXPECT_BODY = request.expectBody;
  autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections: request.connections,
    duration: request.durationSec,
    timeout: 10,
    // Without worker threads autocannon takes the function itself.
    verifyBody: createRequire(import.meta.url)(request.verifyBody) as (body: string) => boolean,
  }).then(
    (result) => process.send?.({ result }),
    (error: unknown) => process.send?.({ error: String(error) }),
  );
});
