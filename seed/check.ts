import { buildDataset, SeedValidationError } from './build-dataset.js';
import { formatProblem } from './problems.js';

/**
 * `npx tsx seed/check.ts [--ids] [--passages]`: builds the seed and prints counts by kind, by
 * relation type and by statement value type, or every problem and exit code 1. `--ids` lists entity ids (to find the id
 * to mention), `--passages` lists passage ids (to find the passage to cite).
 */

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  try {
    const dataset = await buildDataset();
    if (args.has('--ids')) for (const e of dataset.entities) console.log(`${e.id}\t${e.kind}\t${e.name}`);
    if (args.has('--passages'))
      for (const p of dataset.passages) console.log(`${p.id}\t${p.text.slice(0, 80)}`);
    console.log(`passages: ${dataset.passages.length}`);
    console.log(`entities: ${dataset.entities.length}`);
    for (const [kind, n] of countBy(dataset.entities, (e) => e.kind)) console.log(`  ${kind}: ${n}`);
    console.log(`links: ${dataset.links.length}`);
    for (const [type, n] of countBy(dataset.links, (l) => l.type)) console.log(`  ${type}: ${n}`);
    console.log(`statements: ${dataset.statements.length}`);
    for (const [type, n] of countBy(dataset.statements, (s) => s.value.type)) console.log(`  ${type}: ${n}`);
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    console.error(`seed validation failed: ${error.problems.length} problem(s)`);
    for (const p of error.problems) console.error(`  - ${formatProblem(p)}`);
    process.exitCode = 1;
  }
}

await main();
