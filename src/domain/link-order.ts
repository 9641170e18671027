import type { Dataset, EntityRecord, LinkRecord } from './dataset.js';
import { ENTITY_KINDS } from './entity-kind.js';
import { linkToRow } from './records-to-rows.js';
import { COLLABORATION_ROLES } from './relation-type.js';

/**
 * Each link's place in its endpoints' pages, written with it at load so that a page of a hub's
 * links is cut before the store reads the entities at the other end.
 *
 * `outRank`: how many links of the same source, type and target kind come before it in the order
 * the link queries page by (the target's name, then its id, code unit by code unit); `inRank` the
 * same from the target's side. A page of the first `limit` links of any types and kinds only holds
 * links whose rank is under `limit` (a link's predecessors in its own group precede it in the page
 * too), so the queries keep `rank < limit` and sort only what is left: at most `limit` links per
 * group instead of all of a hub's thousands.
 *
 * `viaRank`, on a collaboration's link to a participant: the collaboration's place among the
 * participant's collaborations, ordered by the first row each gives its neighbours through
 * collaborations (every role, every kind of entity: `neighbours`' default). A page of the first
 * `limit` such rows only comes from collaborations ranked under `limit` (each collaboration ranked
 * before gives a row before), so a hub in thousands of collaborations expands `limit` of them.
 *
 * Ranks are written by whole-graph loads (write-dataset.ts); a link written on its own carries
 * none and every query reads it, so it is never left out of a page.
 */
export interface LinkPlace {
  outRank: number;
  inRank: number;
  /** Only on a collaboration's link to a participant. */
  viaRank: number | null;
}

/** Plain code-unit order, the order of the stores' ORDER BY on strings. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The place of every link of a dataset in its source's and its target's pages, by link. */
export function linkPlaces(dataset: Pick<Dataset, 'entities' | 'links'>): Map<LinkRecord, LinkPlace> {
  const entities = new Map<string, EntityRecord>(dataset.entities.map((e) => [e.id, e]));
  const places = new Map<LinkRecord, LinkPlace>();
  for (const link of dataset.links) places.set(link, { outRank: 0, inRank: 0, viaRank: null });

  const rank = (side: 'out' | 'in') => {
    const groups = new Map<string, { link: LinkRecord; other: EntityRecord }[]>();
    for (const link of dataset.links) {
      const [self, otherId] = side === 'out' ? [link.from, link.to] : [link.to, link.from];
      const other = entities.get(otherId);
      // A link to a missing entity is never written (upsert-links skips it): it has no place.
      if (!other) continue;
      const key = `${self}\u0000${link.type}\u0000${other.kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ link, other });
    }
    for (const group of groups.values()) {
      group.sort((a, b) => byCodeUnits(a.other.name, b.other.name) || byCodeUnits(a.other.id, b.other.id));
      group.forEach(({ link }, i) => {
        places.get(link)![side === 'out' ? 'outRank' : 'inRank'] = i;
      });
    }
  };
  rank('out');
  rank('in');
  rankCollaborations(dataset.links, entities, places);
  return places;
}

const ROLES: ReadonlySet<string> = new Set(COLLABORATION_ROLES);
const KINDS: ReadonlySet<string> = new Set(ENTITY_KINDS);

/** A row of `linked-via-collaboration`: the entity reached, the role reaching it, the collaboration. */
interface ViaRow {
  other: EntityRecord;
  role: string;
  via: string;
}

/** The order of `linked-via-collaboration`'s rows: name, id, role, collaboration. */
const byViaRow = (a: ViaRow, b: ViaRow): number =>
  byCodeUnits(a.other.name, b.other.name) ||
  byCodeUnits(a.other.id, b.other.id) ||
  byCodeUnits(a.role, b.role) ||
  byCodeUnits(a.via, b.via);

/** Writes `viaRank` on each collaboration's links to its participants (see LinkPlace). */
function rankCollaborations(
  links: readonly LinkRecord[],
  entities: ReadonlyMap<string, EntityRecord>,
  places: Map<LinkRecord, LinkPlace>,
): void {
  // Each collaboration's links to its participants.
  const byCollaboration = new Map<string, LinkRecord[]>();
  for (const link of links) {
    if (!ROLES.has(link.type) || entities.get(link.from)?.kind !== 'Collaboration') continue;
    if (!entities.has(link.to)) continue;
    let list = byCollaboration.get(link.from);
    if (!list) byCollaboration.set(link.from, (list = []));
    list.push(link);
  }
  // Each participant's collaborations, with the first row each gives it (null: none).
  const byParticipant = new Map<string, { via: string; first: ViaRow | null }[]>();
  for (const [via, participantLinks] of byCollaboration) {
    const rows: ViaRow[] = participantLinks
      .map((l) => ({ other: entities.get(l.to)!, role: l.type, via }))
      .filter((r) => KINDS.has(r.other.kind))
      .sort(byViaRow);
    for (const participant of new Set(participantLinks.map((l) => l.to))) {
      const first = rows.find((r) => r.other.id !== participant) ?? null;
      let list = byParticipant.get(participant);
      if (!list) byParticipant.set(participant, (list = []));
      list.push({ via, first });
    }
  }
  const rankOf = new Map<string, number>();
  for (const [participant, collaborations] of byParticipant) {
    collaborations.sort((a, b) =>
      a.first && b.first
        ? byViaRow(a.first, b.first)
        : a.first
          ? -1
          : b.first
            ? 1
            : byCodeUnits(a.via, b.via),
    );
    collaborations.forEach(({ via }, i) => rankOf.set(`${via}\u0000${participant}`, i));
  }
  for (const participantLinks of byCollaboration.values())
    for (const link of participantLinks)
      places.get(link)!.viaRank = rankOf.get(`${link.from}\u0000${link.to}`)!;
}

/**
 * The rows `upsert-links.cypher` takes for a whole dataset: each link with its place in its
 * endpoints' pages, and the kinds of both ends (the rows a bulk loader writes as they are).
 */
export function rankedLinkRows(dataset: Pick<Dataset, 'entities' | 'links'>): Record<string, unknown>[] {
  const places = linkPlaces(dataset);
  const kinds = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  return dataset.links.map((link) => ({
    ...linkToRow(link),
    fromKind: kinds.get(link.from) ?? null,
    toKind: kinds.get(link.to) ?? null,
    ...places.get(link),
  }));
}
