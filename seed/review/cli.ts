import { buildDataset, SeedValidationError } from '../build-dataset.js';
import { formatProblem } from '../problems.js';
import { readReviewRecords } from './records.js';
import { type PassageReview, reviewCounts, reviewDocuments } from './review.js';

/**
 * `npm run seed:review [-- --all] [--document 002] [--yaml]`: the review of the documents
 * (review.ts). Prints, passage by passage, the entities each mentions and the pairs no link citing
 * it connects, each with its recorded reason or UNREVIEWED; then the entities with no link beyond
 * a reference row or region; then stale records. Exit code 1 while anything is unreviewed or stale.
 *
 * --all        also passages whose pairs are all linked or reviewed (default: only what needs work)
 * --document   only that document's passages
 * --yaml       the unreviewed pairs as review records to fill in (seed/review/<code>.yaml)
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const yaml = args.includes('--yaml');
  const document = args[args.indexOf('--document') + 1];
  const only = args.includes('--document') && document ? `${document}#` : '';

  const [dataset, records] = await Promise.all([buildDataset(), readReviewRecords()]);
  if (records.problems.length > 0) {
    for (const p of records.problems) console.error(`review record: ${p}`);
    process.exitCode = 1;
    return;
  }
  const report = reviewDocuments(dataset, records);
  const passages = report.passages.filter((p) => p.passage.startsWith(only));
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const text = new Map(dataset.passages.map((p) => [p.id, p.text]));

  if (yaml) {
    printSkeleton(
      passages.filter((p) => p.unlinked.some((u) => u.reason === null)),
      text,
    );
    return;
  }
  for (const p of passages) {
    const open = p.unlinked.filter((u) => u.reason === null);
    if (!all && open.length === 0) continue;
    console.log(`\n${p.passage}  ${excerpt(text.get(p.passage) ?? '')}`);
    console.log(`  mentions: ${p.mentions.map((m) => `${m.id} (${m.forms.join(', ')})`).join('; ') || '—'}`);
    for (const [a, b] of p.linked) console.log(`  linked      ${a} — ${b}`);
    for (const u of p.unlinked) {
      console.log(
        `  ${u.reason === null ? 'UNREVIEWED' : 'reviewed  '}  ${u.a} — ${u.b}${u.reason ? `: ${u.reason}` : ''}`,
      );
    }
  }
  const isolated = report.isolated.filter((e) => all || e.reason === null);
  if (isolated.length > 0) console.log('\nentities with no link beyond a reference row or a region:');
  for (const e of isolated)
    console.log(
      `  ${e.reason === null ? 'UNREVIEWED' : 'reviewed  '}  ${e.id} (${names.get(e.id)})${e.reason ? `: ${e.reason}` : ''}`,
    );
  if (report.stale.length > 0) console.log('\nstale records (they match nothing: remove them):');
  for (const s of report.stale) console.log(`  ${s}`);

  const c = reviewCounts(report);
  console.log(
    `\n${c.passages} passages, ${c.mentions} mentions; pairs: ${c.linkedPairs} linked, ${c.reviewedPairs} reviewed, ${c.unreviewedPairs} unreviewed; isolated entities: ${c.isolatedReviewed} reviewed, ${c.isolatedUnreviewed} unreviewed; ${c.stale} stale records`,
  );
  console.log(
    `pairs no relation type joins (not reviewed): ${[...report.unjoinable].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  if (c.unreviewedPairs + c.isolatedUnreviewed + c.stale > 0) process.exitCode = 1;
}

function excerpt(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/** Unreviewed pairs as YAML records, grouped by passage, reasons left to write. */
function printSkeleton(passages: PassageReview[], text: Map<string, string>): void {
  console.log('pairs:');
  for (const p of passages) {
    console.log(`  # ${excerpt(text.get(p.passage) ?? '').replace(/\n/gu, ' ')}`);
    console.log(`  - passage: '${p.passage}'`);
    console.log('    reason: TODO');
    console.log('    pairs:');
    for (const u of p.unlinked.filter((x) => x.reason === null)) console.log(`      - [${u.a}, ${u.b}]`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(`seed validation failed: ${error.problems.length} problem(s)`);
    for (const p of error.problems) console.error(`  - ${formatProblem(p)}`);
  } else console.error(error);
  process.exitCode = 1;
});
