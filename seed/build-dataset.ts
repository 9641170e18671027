import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, YAMLParseError } from 'yaml';
import type { Dataset } from '../src/domain/dataset.js';
import { cutAllDocuments } from './passages/cut-passages.js';
import { loadReferenceTables } from './reference/load-reference.js';
import { SeedValidationError } from './problems.js';
import { type SeedFileInput, validateSeed } from './validate.js';

export { SeedValidationError } from './problems.js';
export type { SeedProblem } from './problems.js';

/** seed/ itself: the build reads only what is committed here. */
export const SEED_DIR = path.dirname(fileURLToPath(import.meta.url));

/**
 * Reads the YAML files: documents/documents.yaml (the Document entities) and every
 * data/*.yaml, in name order so problems and merges are reported in a stable order.
 */
export async function readSeedFiles(seedDir: string = SEED_DIR): Promise<SeedFileInput[]> {
  const dataDir = path.join(seedDir, 'data');
  const names = (await readdir(dataDir)).filter((n) => n.endsWith('.yaml')).sort();
  const files = ['documents/documents.yaml', ...names.map((n) => `data/${n}`)];
  const out: SeedFileInput[] = [];
  const unreadable: { file: string; entry: string; message: string }[] = [];
  for (const file of files) {
    const text = await readFile(path.join(seedDir, file), 'utf8');
    try {
      out.push({ file, content: parse(text) as unknown });
    } catch (error) {
      // A YAML syntax error is reported like any other problem: the file, where, and what.
      if (!(error instanceof YAMLParseError)) throw error;
      const where = error.linePos?.[0] ? `line ${error.linePos[0].line}` : 'YAML';
      unreadable.push({ file, entry: where, message: error.message.split('\n')[0] ?? error.message });
    }
  }
  if (unreadable.length > 0) throw new SeedValidationError(unreadable);
  return out;
}

/**
 * Builds the whole seed: cuts the five documents into passages, loads the reference tables,
 * reads the YAML, merges and validates. Throws SeedValidationError listing every problem.
 */
export async function buildDataset(seedDir: string = SEED_DIR): Promise<Dataset> {
  const [passages, reference, files] = await Promise.all([
    cutAllDocuments(path.join(seedDir, 'documents')),
    loadReferenceTables(path.join(seedDir, 'reference')),
    readSeedFiles(seedDir),
  ]);
  return validateSeed({ passages, reference, files });
}
