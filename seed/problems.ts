/**
 * The error the seed build throws. It carries every problem found, not just the first, so one
 * run of `npx tsx seed/check.ts` shows a YAML author all that is wrong in their file.
 */

export interface SeedProblem {
  /** The file the entry comes from, relative to seed/ (`data/002.yaml`, `reference/ngos.tsv`). */
  file: string;
  /** The entry: an entity or collaboration id, `from TYPE to` for a link, a passage id. */
  entry: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  return `${p.file} › ${p.entry}: ${p.message}`;
}

export class SeedValidationError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const head = `seed validation failed with ${problems.length} problem(s)`;
    super([head, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n'));
    this.name = 'SeedValidationError';
    this.problems = problems;
  }
}
