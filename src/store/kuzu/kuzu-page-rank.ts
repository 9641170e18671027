import type { Row } from '../port/graph-store.port.js';
import { ENTITY_TABLE, LINK_TABLE } from '../graph-schema.js';

const GRAPH = 'ilo_graph_page_rank';

/**
 * PageRank on Kuzu's statically linked algo extension, kept until the next write.
 *
 * Why these statements are not files in cypher/: `CALL PROJECT_GRAPH`/`page_rank` are Kuzu
 * procedures with no Neo4j twin (Neo4j needs GDS, which the Neo4j adapter does not assume), and
 * their only inputs are our own table names.
 */
export class KuzuPageRank {
  private ranks: Promise<Map<string, number>> | undefined;

  invalidate(): void {
    this.ranks = undefined;
  }

  get(load: () => Promise<Map<string, number>>): Promise<Map<string, number>> {
    this.ranks ??= load().catch((error: unknown) => {
      this.ranks = undefined;
      throw error;
    });
    return this.ranks;
  }

  /** Projects the graph, ranks it and drops the projection, all on the one connection `run` uses. */
  async compute(run: (statement: string) => Promise<Row[]>): Promise<Map<string, number>> {
    await run(`CALL PROJECT_GRAPH('${GRAPH}', ['${ENTITY_TABLE.name}'], ['${LINK_TABLE.name}'])`);
    try {
      const rows = await run(`CALL page_rank('${GRAPH}') RETURN node.id AS id, rank`);
      return new Map(rows.map((r) => [String(r.id), Number(r.rank)]));
    } finally {
      await run(`CALL DROP_PROJECTED_GRAPH('${GRAPH}')`);
    }
  }
}
