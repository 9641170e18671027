/* global module, process */
'use strict';

// autocannon's verifyBody, loaded by path inside its worker threads (so CommonJS).
//
// A response passes when it is the answer the benchmark checked before the run (a 200 with
// `data` and no `errors`), compared without non-ASCII characters: autocannon decodes each TCP
// chunk on its own, so a multi-byte character split across two chunks arrives as U+FFFD.
// BENCH_EXPECT_BODY is set by bench/lib/drive.ts before each run (workers copy the environment).

const strip = (text) => text.replace(/[^\x20-\x7e]+/g, '');

let expectedRaw;
let expected;

module.exports = function verifyBody(body) {
  const raw = process.env.BENCH_EXPECT_BODY ?? '';
  if (raw !== expectedRaw) {
    expectedRaw = raw;
    expected = strip(raw);
  }
  if (!body.startsWith('{"data":') || body.includes('"errors":')) return false;
  return expected === '' || strip(body) === expected;
};
