import type { Driver } from 'neo4j-driver';

import { NODE_KINDS } from '../../src/domain/entity-kind.js';
import type { Dataset } from '../../src/domain/dataset.js';
import { entityToRow, linkToRow } from '../../src/domain/records-to-rows.js';

/** Rows per write transaction: the knowledge base fits in one; a synthetic graph does not. */
const BATCH = 10_000;

/**
 * The peer's own copy of a graph in the database ilo-graph reads, as @neo4j/graphql wants it: a
 * label per kind (`:Sector`, the type's name) and a relationship type per relation
 * (`-[:APPLIES_TO]->`), with the same ids and properties as ilo-graph's `:Entity`/`:LINK` model.
 * Beside ours, never instead: our nodes carry only `:Entity`, so neither reads the other's.
 * Labels and types come from the data through Neo4j 5's dynamic labels (`$(row.kind)`), never
 * spliced into the text; constraints (one per label, on `id`) take the closed list of kinds.
 */
export async function loadPeerCopy(driver: Driver, dataset: Dataset, database?: string): Promise<number> {
  const started = performance.now();
  await dropPeerCopy(driver, database);
  const session = driver.session({ database });
  try {
    for (const kind of NODE_KINDS)
      await session.run(
        `CREATE CONSTRAINT peer_${kind.toLowerCase()}_id IF NOT EXISTS FOR (n:${kind}) REQUIRE n.id IS UNIQUE`,
      );
    const nodes = dataset.entities.map((e) => {
      const row = entityToRow(e);
      return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    });
    for (let i = 0; i < nodes.length; i += BATCH)
      await session.executeWrite((tx) =>
        tx.run('UNWIND $rows AS row CREATE (n:$(row.kind)) SET n = row', { rows: nodes.slice(i, i + BATCH) }),
      );
    const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
    const links = dataset.links.map((l) => {
      const { id: _id, from, to, type, sources, confidence } = linkToRow(l);
      return { from, to, type, sources, confidence, fromKind: kindOf.get(l.from), toKind: kindOf.get(l.to) };
    });
    for (let i = 0; i < links.length; i += BATCH)
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (a:$(row.fromKind) {id: row.from})
           MATCH (b:$(row.toKind) {id: row.to})
           CREATE (a)-[r:$(row.type)]->(b)
           SET r.sources = row.sources, r.confidence = row.confidence`,
          { rows: links.slice(i, i + BATCH) },
        ),
      );
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

/** Removes the peer's copy (its nodes carry a kind label and not `:Entity`), in batches. */
export async function dropPeerCopy(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n:$any($kinds)) WHERE NOT n:Entity
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { kinds: [...NODE_KINDS] },
    );
  } finally {
    await session.close();
  }
}
