import type { Dataset, EntityRecord, LinkRecord } from './dataset.js';
import { ENTITY_KINDS } from './entity-kind.js';
import { linkToRow } from './records-to-rows.js';
import { COLLABORATION_ROLES } from './relation-type.js';
import { byCodeUnits } from '../util/code-unit-order.js';

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
export interface LinkPlaces {
  /** By the link's index in the dataset. */
  outRank: Int32Array;
  inRank: Int32Array;
  /** Only on a collaboration's link to a participant; -1 elsewhere. */
  viaRank: Int32Array;
}

/**
 * The place of every link of a dataset in its source's and its target's pages, by the link's
 * index. Typed arrays and index lists: a million-node graph has ~4.8M links, whose places as
 * objects ran a loading process out of its heap.
 */
export function linkPlaces(dataset: Pick<Dataset, 'entities' | 'links'>): LinkPlaces {
  const entities = new Map<string, EntityRecord>(dataset.entities.map((e) => [e.id, e]));
  const { links } = dataset;
  const places: LinkPlaces = {
    outRank: new Int32Array(links.length),
    inRank: new Int32Array(links.length),
    viaRank: new Int32Array(links.length).fill(-1),
  };

  const rank = (side: 'out' | 'in') => {
    // Each link's other end, looked up once: the sorts below compare them millions of times.
    const others = links.map((link) => entities.get(side === 'out' ? link.to : link.from));
    const otherOf = (i: number) => others[i];
    const groups = new Map<string, number[]>();
    links.forEach((link, i) => {
      const other = otherOf(i);
      // A link to a missing entity is never written (upsert-links skips it): it has no place.
      if (!other) return;
      const key = `${side === 'out' ? link.from : link.to}\u0000${link.type}\u0000${other.kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(i);
    });
    const ranks = side === 'out' ? places.outRank : places.inRank;
    for (const group of groups.values()) {
      if (group.length > 1) {
        group.sort((a, b) => {
          const x = otherOf(a)!;
          const y = otherOf(b)!;
          return byCodeUnits(x.name, y.name) || byCodeUnits(x.id, y.id);
        });
      }
      group.forEach((link, i) => (ranks[link] = i));
    }
  };
  rank('out');
  rank('in');
  rankCollaborations(links, entities, places.viaRank);
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

/** Writes `viaRank` on each collaboration's links to its participants (see the module's comment). */
function rankCollaborations(
  links: readonly LinkRecord[],
  entities: ReadonlyMap<string, EntityRecord>,
  viaRank: Int32Array,
): void {
  // Each collaboration's links to its participants, by index.
  const byCollaboration = new Map<string, number[]>();
  links.forEach((link, i) => {
    if (!ROLES.has(link.type) || entities.get(link.from)?.kind !== 'Collaboration') return;
    if (!entities.has(link.to)) return;
    let list = byCollaboration.get(link.from);
    if (!list) byCollaboration.set(link.from, (list = []));
    list.push(i);
  });
  // Each participant's collaborations: the first row each gives it (null: none), and the links
  // (one per role) joining the participant to it, which carry the rank.
  const byParticipant = new Map<string, { first: ViaRow | null; via: string; links: number[] }[]>();
  for (const [via, participantLinks] of byCollaboration) {
    const rows: ViaRow[] = participantLinks
      .map((i) => ({ other: entities.get(links[i]!.to)!, role: links[i]!.type, via }))
      .filter((r) => KINDS.has(r.other.kind))
      .sort(byViaRow);
    const joining = new Map<string, number[]>();
    for (const i of participantLinks) {
      const participant = links[i]!.to;
      const list = joining.get(participant);
      if (list) list.push(i);
      else joining.set(participant, [i]);
    }
    for (const [participant, joiningLinks] of joining) {
      const first = rows.find((r) => r.other.id !== participant) ?? null;
      let list = byParticipant.get(participant);
      if (!list) byParticipant.set(participant, (list = []));
      list.push({ first, via, links: joiningLinks });
    }
  }
  for (const collaborations of byParticipant.values()) {
    collaborations.sort((a, b) =>
      a.first && b.first
        ? byViaRow(a.first, b.first)
        : a.first
          ? -1
          : b.first
            ? 1
            : byCodeUnits(a.via, b.via),
    );
    collaborations.forEach(({ links: joiningLinks }, rank) => {
      for (const i of joiningLinks) viaRank[i] = rank;
    });
  }
}

/**
 * The rows `upsert-links.cypher` takes for a whole dataset, `size` at a time: each link with its
 * place in its endpoints' pages and the kinds of both ends (the rows a bulk loader writes as they
 * are). In chunks, so that a loader holds one chunk of rows at a time, never 4.8M.
 */
export function* rankedLinkRowChunks(
  dataset: Pick<Dataset, 'entities' | 'links'>,
  size: number,
): Generator<Record<string, unknown>[]> {
  const places = linkPlaces(dataset);
  const kinds = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  for (let start = 0; start < dataset.links.length; start += size) {
    yield dataset.links.slice(start, start + size).map((link, offset) => {
      const i = start + offset;
      return {
        ...linkToRow(link),
        fromKind: kinds.get(link.from) ?? null,
        toKind: kinds.get(link.to) ?? null,
        outRank: places.outRank[i],
        inRank: places.inRank[i],
        viaRank: places.viaRank[i] === -1 ? null : places.viaRank[i],
      };
    });
  }
}

/** Every link row of a dataset at once (rankedLinkRowChunks): for graphs that fit in one load. */
export function rankedLinkRows(dataset: Pick<Dataset, 'entities' | 'links'>): Record<string, unknown>[] {
  return [...rankedLinkRowChunks(dataset, Math.max(1, dataset.links.length))].flat();
}
