import neo4j, { type Driver } from 'neo4j-driver';

import type { Config } from '../../src/config.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { ENTITY_TABLE, LINK_TABLE, PASSAGE_TABLE } from '../../src/store/graph-schema.js';
import { datasetRowChunks, type LoadProgress } from './bulk-load.js';

type Neo4jConfig = Extract<Config['store'], { kind: 'neo4j' }>;

/** What Neo4j itself holds in memory, as it reports it (JMX and its settings). */
export interface Neo4jMemory {
  heapUsedMiB: number;
  heapMaxMiB: number;
  /** server.memory.pagecache.size as configured. */
  pageCache: string;
}

const MiB = 1024 * 1024;

/** The bench's administrative statements on Neo4j: emptying it, awaiting its indexes, its memory. */
export class Neo4jAdmin {
  private readonly driver: Driver;

  constructor(private readonly config: Neo4jConfig) {
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      disableLosslessIntegers: true,
    });
  }

  /**
   * Deletes every relationship, then every node, 10k per transaction: a million in one would not
   * fit the heap, and neither does 10k nodes at once when hubs among them hold 100k links each.
   */
  async empty(): Promise<void> {
    await this.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await this.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  }

  /**
   * Loads a dataset into an EMPTY database with CREATE, `rowsPerTransaction` rows a transaction:
   * the same nodes, relationships and properties as the store's MERGE upserts write (each table's
   * columns, links with their place in their ends' pages), without MERGE's lookups, which load
   * ~4,800 rows/s here (20 min for a million nodes and their 4.8M links). Bench only: the graph
   * it writes has no load record (GraphMeta), which the scale run does not read.
   */
  async createGraph(
    dataset: Dataset,
    rowsPerTransaction: number,
    onProgress?: (p: LoadProgress) => void,
  ): Promise<void> {
    const pick = (row: Record<string, unknown>, columns: readonly { name: string }[]) =>
      Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]));
    const write: Record<LoadProgress['what'], [string, (row: Record<string, unknown>) => unknown]> = {
      passages: [
        'UNWIND $rows AS row CREATE (p:Passage) SET p = row',
        (row) => pick(row, PASSAGE_TABLE.columns),
      ],
      entities: [
        'UNWIND $rows AS row CREATE (n:Entity) SET n = row',
        (row) => pick(row, ENTITY_TABLE.columns),
      ],
      links: [
        'UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) ' +
          'CREATE (a)-[r:LINK]->(b) SET r = row.props',
        (row) => ({ from: row.from, to: row.to, props: pick(row, LINK_TABLE.columns) }),
      ],
    };
    for (const { rows, ...progress } of datasetRowChunks(dataset, rowsPerTransaction)) {
      const [text, toParam] = write[progress.what];
      const session = this.driver.session({ database: this.config.database });
      try {
        await session.executeWrite((tx) => tx.run(text, { rows: rows.map(toParam) }));
      } finally {
        await session.close();
      }
      onProgress?.(progress);
    }
  }

  /** Waits until every index is online (the full-text index fills in the background after a load). */
  async awaitIndexes(timeoutSec: number): Promise<void> {
    await this.run(`CALL db.awaitIndexes(${Math.round(timeoutSec)})`);
  }

  async memory(): Promise<Neo4jMemory> {
    const heap = await this.run(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
    );
    const h = heap[0]?.heap as { used: number; max: number } | undefined;
    const config = await this.run(
      "CALL dbms.listConfig('server.memory.pagecache.size') YIELD value RETURN value",
    );
    return {
      heapUsedMiB: Math.round(Number(h?.used ?? 0) / MiB),
      heapMaxMiB: Math.round(Number(h?.max ?? 0) / MiB),
      pageCache: String(config[0]?.value ?? 'unknown'),
    };
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** One auto-commit statement (CALL ... IN TRANSACTIONS needs one), its records as plain objects. */
  private async run(text: string): Promise<Record<string, unknown>[]> {
    const session = this.driver.session({ database: this.config.database });
    try {
      const result = await session.run(text);
      return result.records.map((r) => r.toObject() as Record<string, unknown>);
    } finally {
      await session.close();
    }
  }
}
