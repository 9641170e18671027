import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

/**
 * The review records (seed/review/*.yaml): for each pair a passage names without a link between
 * them, and each entity with no link beyond a reference row or a region, a one-line reason why
 * the graph has no link there. Format (seed/README.md, "The review of the documents"):
 *
 * ```yaml
 * document: '002'                 # <code>.yaml: pairs of this document's passages
 * pairs:
 *   - passage: '002#7'
 *     reason: examples of sectors with strong or weak social partners; no relation between them
 *     pairs:
 *       - [sector:agriculture-plantations-other-rural-sectors, sector:forestry]
 * ```
 *
 * and entities.yaml, with `isolated:` (an entity and why it has no link) and `everywhere:` (an
 * entity whose pairs need no link in any passage, with why: the ILO, which every document is
 * about). A record names entities by id, in either order.
 */

const reason = z.string().min(10, 'a reason is a sentence, at least ten characters');
const id = z.string().regex(/^[a-z-]+:\S+$/u, 'an entity id');

const pairFile = z
  .object({
    document: z.string().regex(/^\d{3}$/u),
    pairs: z
      .array(
        z
          .object({
            passage: z.string().regex(/^\d{3}#[A-Za-z0-9-]+$/u),
            reason,
            pairs: z.array(z.tuple([id, id])).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

const entityFile = z
  .object({
    isolated: z.array(z.object({ id, reason }).strict()).default([]),
    everywhere: z.array(z.object({ id, reason }).strict()).default([]),
  })
  .strict();

interface Reason {
  /** Identifies the record, for stale-record reports: `<file> › <what>`. */
  key: string;
  text: string;
}

export class ReviewRecords {
  private readonly pairs = new Map<string, Reason>();
  private readonly isolated = new Map<string, Reason>();
  private readonly everywhere = new Map<string, Reason>();
  readonly problems: string[] = [];

  /** Adds one parsed file (`file` relative to seed/, for reports). */
  add(file: string, content: unknown): void {
    if (path.basename(file) === 'entities.yaml') {
      const parsed = entityFile.safeParse(content ?? {});
      if (!parsed.success) return this.invalid(file, parsed.error);
      for (const r of parsed.data.isolated) this.put(this.isolated, file, r.id, `isolated ${r.id}`, r.reason);
      for (const r of parsed.data.everywhere)
        this.put(this.everywhere, file, r.id, `everywhere ${r.id}`, r.reason);
      return;
    }
    const parsed = pairFile.safeParse(content ?? {});
    if (!parsed.success) return this.invalid(file, parsed.error);
    const { document } = parsed.data;
    for (const entry of parsed.data.pairs) {
      if (!entry.passage.startsWith(`${document}#`))
        this.problems.push(`${file} › ${entry.passage}: not a passage of document ${document}`);
      for (const [a, b] of entry.pairs) {
        const key = pairRecordKey(entry.passage, a, b);
        this.put(this.pairs, file, key, `${entry.passage} ${a} ${b}`, entry.reason);
      }
    }
  }

  /** Why `a` and `b`, named together in `passage`, have no link from it; null when not recorded. */
  reasonFor(passage: string, a: string, b: string): Reason | null {
    return (
      this.pairs.get(pairRecordKey(passage, a, b)) ?? this.everywhere.get(a) ?? this.everywhere.get(b) ?? null
    );
  }

  isolationReason(entity: string): Reason | null {
    return this.isolated.get(entity) ?? null;
  }

  /** The records none of `used` (their keys) matched: stale. */
  unused(used: ReadonlySet<string>): string[] {
    return [...this.pairs.values(), ...this.isolated.values(), ...this.everywhere.values()]
      .map((r) => r.key)
      .filter((key) => !used.has(key))
      .sort();
  }

  private put(map: Map<string, Reason>, file: string, key: string, what: string, text: string): void {
    const record = { key: `${file} › ${what}`, text };
    if (map.has(key)) this.problems.push(`${record.key}: recorded twice`);
    else map.set(key, record);
  }

  private invalid(file: string, error: z.ZodError): void {
    for (const issue of error.issues)
      this.problems.push(`${file} › ${issue.path.join('.')}: ${issue.message}`);
  }
}

const pairRecordKey = (passage: string, a: string, b: string) =>
  `${passage} ${a < b ? `${a} ${b}` : `${b} ${a}`}`;

/** seed/review: where the records live. */
export const REVIEW_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Reads every seed/review/*.yaml. */
export async function readReviewRecords(dir: string = REVIEW_DIR): Promise<ReviewRecords> {
  const records = new ReviewRecords();
  const names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  for (const name of names) {
    records.add(`review/${name}`, parse(await readFile(path.join(dir, name), 'utf8')) as unknown);
  }
  return records;
}
