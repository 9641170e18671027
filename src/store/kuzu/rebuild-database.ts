import type { StoreConfig } from '../../config.js';
import type { Dataset } from '../../domain/dataset.js';
import type { IntegrityOutcome } from '../port/graph-store.port.js';
import { replaceGraph } from '../write-dataset.js';
import { removeDatabase, replaceDatabase } from './kuzu-files.js';
import { loadEmbeddedStore } from '../create-store.js';

/**
 * `npm run seed` on the embedded store: the knowledge base is loaded into a new database file
 * beside the current one (`<file>.next`), which then takes its place. Why not delete and insert
 * in place: the engine does not give back the pages of deleted rows, so the file grew with every
 * re-seed (12.6 MB → 42.5 MB after 14); a new file is as small as the graph.
 *
 * The current database is opened first, checked as at start (openChecked), and held until the
 * swap: one in use by a running server is refused ("stop it first"), a damaged one set aside.
 * A failure leaves the current database as it was.
 */
export async function rebuildDatabase(
  config: Extract<StoreConfig, { kind: 'kuzu' }>,
  dataset: Dataset,
): Promise<IntegrityOutcome> {
  const { KuzuStore } = await loadEmbeddedStore();
  const current = new KuzuStore({ ...config, deferOpen: true });
  const outcome = await current.openChecked({ repair: false });
  const next = `${config.path}.next`;
  try {
    removeDatabase(next);
    const fresh = new KuzuStore({ ...config, path: next });
    try {
      await fresh.applySchema();
      await replaceGraph(fresh, dataset);
    } finally {
      await fresh.close();
    }
  } catch (error) {
    removeDatabase(next);
    await current.close();
    throw error;
  }
  await current.close();
  replaceDatabase(next, config.path);
  return outcome;
}
