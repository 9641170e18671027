import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The files of one embedded database: the database file and its write-ahead log beside it
 * (`<file>.wal`), and the shadow file Kuzu writes while it checkpoints. Why they move together:
 * a database file opened beside a write-ahead log that is not its own fails with
 * `unordered_map::at` or corrupts memory (DESIGN.md section 6).
 */
export function databaseFiles(path: string): string[] {
  return [path, `${path}.wal`, `${path}.shadow`];
}

/**
 * Moves a database's files (those that exist) into a new folder beside them,
 * `<label>-<time>/`, never deleting them: the operator can inspect them, or restore them.
 * Returns the folder, or undefined when there was nothing to move.
 */
export function setAside(path: string, label: string): string | undefined {
  const present = databaseFiles(path).filter((f) => existsSync(f));
  if (present.length === 0) return undefined;
  const folder = join(dirname(path), `${label}-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  mkdirSync(folder, { recursive: true });
  for (const file of present) renameSync(file, join(folder, basename(file)));
  return folder;
}

/** Deletes a database's files (a copy being rebuilt, never the one served). */
export function removeDatabase(path: string): void {
  for (const file of databaseFiles(path)) rmSync(file, { force: true });
}

/**
 * Puts the database at `from` in place of the one at `to` (both closed): `to`'s files are
 * removed first, so no write-ahead log of the old database is left beside the new file.
 */
export function replaceDatabase(from: string, to: string): void {
  removeDatabase(to);
  renameSync(from, to);
  for (const suffix of ['.wal', '.shadow']) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`);
  }
}
