import type { Dataset, LinkRecord } from '../../src/domain/dataset.js';

/** A relationship's id as the API and the explorer write it: `<from>|<TYPE>|<to>`. */
export const linkId = (l: Pick<LinkRecord, 'from' | 'type' | 'to'>) => `${l.from}|${l.type}|${l.to}`;

/**
 * What the knowledge base says the explorer should draw for an entity, read from the dataset
 * itself (not from the API): its direct relationships, and each collaboration it takes part in
 * with all of that collaboration's relationships. Node and relationship ids.
 */
export function expectedNeighbourhood(
  dataset: Dataset,
  id: string,
): { nodes: Set<string>; edges: Set<string> } {
  const isCollaboration = (x: string) => dataset.entities.find((e) => e.id === x)?.kind === 'Collaboration';
  const direct = dataset.links.filter(
    (l) => (l.from === id || l.to === id) && !isCollaboration(l.from) && !isCollaboration(l.to),
  );
  const collaborations = dataset.links
    .filter((l) => l.to === id && isCollaboration(l.from))
    .map((l) => l.from);
  const throughThem = dataset.links.filter((l) => collaborations.includes(l.from));
  const links = [...direct, ...throughThem];
  return { nodes: new Set([id, ...links.flatMap((l) => [l.from, l.to])]), edges: new Set(links.map(linkId)) };
}
