/* global process, console */
// The run's closing line, from the per-project totals test/reporters/store-totals.reporter.ts
// wrote: the totals, then each project's. Under REQUIRE_NEO4J, a `neo4j` project that ran no test
// or skipped one fails the run; under REQUIRE_BROWSER, the same for the `browser` project.
import { readFileSync } from 'node:fs';

const totals = JSON.parse(readFileSync(process.argv[2] ?? 'tmp/vitest-projects.json', 'utf8'));
const sum = { passed: 0, failed: 0, skipped: 0 };
for (const t of Object.values(totals)) for (const k of Object.keys(sum)) sum[k] += t[k];
const line = (t) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
const projects = Object.entries(totals)
  .map(([name, t]) => `${name}: ${line(t)}`)
  .join('; ');
console.log(`vitest: ${line(sum)} (${projects})`);

const required = (variable) => /^(1|true|yes|on)$/i.test(process.env[variable] ?? '');
for (const [variable, project] of [
  ['REQUIRE_NEO4J', 'neo4j'],
  ['REQUIRE_BROWSER', 'browser'],
]) {
  const t = totals[project];
  if (required(variable) && (!t || t.passed === 0 || t.skipped > 0)) {
    console.error(`CI: ${variable} is set, but the ${project} project did not run in full (see above)`);
    process.exit(1);
  }
}
