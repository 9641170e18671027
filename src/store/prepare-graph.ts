import { buildDataset } from '../../seed/build-dataset.js';
import type { Dataset } from '../domain/dataset.js';
import { ensureSeeded } from './ensure-seeded.js';
import type { GraphStore, IntegrityOutcome } from './port/graph-store.port.js';
import { StoreError } from './port/store-error.js';
import { datasetFingerprint, type GraphCounts } from './write-dataset.js';

export interface PrepareOptions {
  /** Apply the schema and load the knowledge base into an empty graph (SEED_ON_START). */
  seedOnStart: boolean;
  /** Told why the graph cannot be served yet, after each failed attempt. */
  onWaiting(reason: string, attempt: number, retryInMs: number): void;
  /** Told what the first load wrote, when this server did it. */
  onLoaded?(counts: GraphCounts): void;
  /** Told what the store's check at open found (stores with `openChecked`: the embedded one). */
  onChecked?(outcome: IntegrityOutcome): void;
  /** Stops the attempts (the server is shutting down). */
  signal?: AbortSignal;
  /** First and longest wait between attempts, doubling in between (default 250 ms and 5 s). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
}

/** The graph has no entities, and this server is not the one to load it. */
class GraphNotLoaded extends Error {}

/**
 * Makes the graph servable, however long that takes: the database may come up after the server
 * (a container started beside it), or another server may be loading it. Retries with backoff until
 * it succeeds; resolves then, or when `signal` aborts. Rejects only when retrying cannot help (the
 * store refused the configuration: STORE_MISCONFIGURED).
 *
 * With `seedOnStart`, it applies the schema and loads the knowledge base into an empty graph (once,
 * whatever the number of servers: write-dataset.ts). Without, it runs no write at all (production
 * can then use read-only credentials): it waits until the graph holds entities, which `npm run
 * seed` writes.
 */
export async function prepareGraph(store: GraphStore, options: PrepareOptions): Promise<void> {
  const min = options.minBackoffMs ?? 250;
  const max = options.maxBackoffMs ?? 5_000;
  let wait = min;
  let knowledgeBase: Dataset | undefined;
  for (let attempt = 1; !options.signal?.aborted; attempt++) {
    try {
      if (store.openChecked) {
        // The embedded store opens only once its files are checked; a damaged (or, when this
        // server loads the graph, outdated) one is set aside and loaded again below.
        knowledgeBase ??= options.seedOnStart ? await buildDataset() : undefined;
        const outcome = await store.openChecked({
          repair: options.seedOnStart,
          expectedFingerprint: knowledgeBase && datasetFingerprint(knowledgeBase),
        });
        options.onChecked?.(outcome);
      }
      if (options.seedOnStart) {
        await store.applySchema();
        const loaded = await ensureSeeded(store, knowledgeBase);
        if (loaded) options.onLoaded?.(loaded);
      } else {
        const kinds = await store.read('count-entities-by-kind');
        if (kinds.length === 0) throw new GraphNotLoaded('The graph is empty.');
      }
      return;
    } catch (error) {
      if (error instanceof StoreError && error.code === 'STORE_MISCONFIGURED') throw error;
      options.onWaiting(waitingReason(error, options.seedOnStart), attempt, wait);
      await sleep(wait, options.signal);
      wait = Math.min(wait * 2, max);
    }
  }
}

/** One line saying what the server waits for, and what to do when it is up to the operator. */
function waitingReason(error: unknown, seedOnStart: boolean): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof GraphNotLoaded) {
    return 'The graph is empty and SEED_ON_START is false: load it with `npm run seed` (this server serves it as soon as it is there).';
  }
  if (error instanceof StoreError && error.code === 'STORE_UNAVAILABLE') {
    return `The graph store cannot be reached yet: ${message}`;
  }
  return seedOnStart
    ? `Preparing the graph failed: ${message}`
    : `The graph cannot be read (is its schema in place? \`npm run seed\` creates it): ${message}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
