/* global process, console */
// The run's closing line, from the per-project totals test/reporters/store-totals.reporter.ts
// wrote: the totals, then each project's. Under REQUIRE_NEO4J, a `neo4j` project that ran no test
// or skipped one fails the run.
import { readFileSync } from 'node:fs';

const totals = JSON.parse(readFileSync(process.argv[2] ?? 'tmp/vitest-projects.json', 'utf8'));
const sum = { passed: 0, failed: 0, skipped: 0 };
for (const t of Object.values(totals)) for (const k of Object.keys(sum)) sum[k] += t[k];
const line = (t) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
const projects = Object.entries(totals)
  .map(([name, t]) => `${name}: ${line(t)}`)
  .join('; ');
console.log(`vitest: ${line(sum)} (${projects})`);

if (/^(1|true|yes|on)$/i.test(process.env.REQUIRE_NEO4J ?? '')) {
  const neo4j = totals.neo4j;
  if (!neo4j || neo4j.passed === 0 || neo4j.skipped > 0) {
    console.error('CI: REQUIRE_NEO4J is set, but the neo4j project did not run in full (see above)');
    process.exit(1);
  }
}
