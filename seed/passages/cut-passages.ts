import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PassageRecord } from '../../src/domain/dataset.js';
import { cutNumbered, STYLE_002, STYLE_003 } from './numbered-cutter.js';
import { cut000, cut001, cut004 } from './web-page-cutter.js';

/**
 * Entry point of the cutters: document code → passages. Passage ids are `<code>#<label>`:
 * `002#34` (paragraph), `002#fn4` (footnote), `003#objective-1b` (operational objective box),
 * `003#strategic-objective-2`, `003#h-bureau-of-statistics` (a heading used once), `003#url-2`
 * (bare links left in the dump), `000#better-work-programme` (web-page section), `001#knowledge`.
 */

export const DOCUMENT_CODES = ['000', '001', '002', '003', '004'] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];

const CUTTERS: Record<DocumentCode, (text: string) => PassageRecord[]> = {
  '000': cut000,
  '001': cut001,
  '002': (text) => cutNumbered(text, STYLE_002),
  '003': (text) => cutNumbered(text, STYLE_003),
  '004': cut004,
};

/** Cuts one document. Throws if two passages would share an id (the cut must stay citable). */
export function cutDocument(code: DocumentCode, text: string): PassageRecord[] {
  const passages = CUTTERS[code](text);
  const ids = new Set<string>();
  for (const p of passages) {
    if (ids.has(p.id)) throw new Error(`document ${code}: passage id ${p.id} produced twice`);
    ids.add(p.id);
  }
  return passages;
}

/** Reads `<documentsDir>/<code>.txt` for the five documents and cuts them all. */
export async function cutAllDocuments(documentsDir: string): Promise<PassageRecord[]> {
  const out: PassageRecord[] = [];
  for (const code of DOCUMENT_CODES) {
    const text = await readFile(path.join(documentsDir, `${code}.txt`), 'utf8');
    out.push(...cutDocument(code, text));
  }
  return out;
}
