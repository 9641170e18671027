import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The committed results (bench/README.md quotes them); updated only by a run given --save. */
export const COMMITTED_RESULTS = 'bench/results.json';

/**
 * Writes a run's results as `{ [section]: data }` to `out`, and with `save` also into the
 * committed results file under the same section, keeping its other sections. Returns the paths written.
 */
export function writeResults(
  section: string,
  data: unknown,
  options: { out: string; save: boolean },
  committedPath = COMMITTED_RESULTS,
): string[] {
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify({ [section]: data }, null, 2)}\n`);
  if (!options.save) return [options.out];
  const committed = existsSync(committedPath)
    ? (JSON.parse(readFileSync(committedPath, 'utf8')) as Record<string, unknown>)
    : {};
  committed[section] = data;
  writeFileSync(committedPath, `${JSON.stringify(committed, null, 2)}\n`);
  return [options.out, committedPath];
}

/** A section of the committed results, if there is one. */
export function committedSection(section: string): unknown {
  if (!existsSync(COMMITTED_RESULTS)) return undefined;
  return (JSON.parse(readFileSync(COMMITTED_RESULTS, 'utf8')) as Record<string, unknown>)[section];
}
