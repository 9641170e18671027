/* global module, process */
'use strict';

// autocannon's setupRequest, loaded by path inside its worker threads (so CommonJS): each request
// takes the next body of BENCH_BODIES (a JSON array of request bodies, set by bench/lib/drive.ts
// before each run; workers copy the environment), so a run visits many different entities.

let bodies;
let next = 0;

module.exports = function setupRequest(request) {
  if (!bodies) bodies = JSON.parse(process.env.BENCH_BODIES || '[]');
  const body = bodies[next++ % bodies.length];
  return { ...request, body };
};
