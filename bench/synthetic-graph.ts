/**
 * A deterministic synthetic knowledge graph for the scale run: N nodes with a realistic mix of
 * kinds (many countries, programmes and collaborations; few sectors and topics), relationships
 * typed as the real graph types them, a skewed degree distribution (a few hubs get most links),
 * and citations pointing at a few synthetic passages. Same size and seed, same graph: a seeded
 * PRNG (mulberry32), never Math.random.
 */
import type { Citation, Dataset, EntityRecord, LinkRecord, PassageRecord } from '../src/domain/dataset.js';
import { ID_PREFIX, type NodeKind } from '../src/domain/entity-kind.js';
import type { RelationType } from '../src/domain/relation-type.js';

/** mulberry32: a small, fast, seeded 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words names and descriptions are made of, so search has common and rare terms to find. */
export const VOCABULARY = [
  'labour',
  'safety',
  'health',
  'decent',
  'work',
  'employment',
  'social',
  'dialogue',
  'protection',
  'rights',
  'child',
  'forced',
  'migration',
  'gender',
  'equality',
  'wages',
  'skills',
  'training',
  'rural',
  'maritime',
  'fisheries',
  'mining',
  'construction',
  'textiles',
  'agriculture',
  'education',
  'transport',
  'postal',
  'tourism',
  'chemicals',
  'forestry',
  'energy',
  'finance',
  'commerce',
  'media',
  'public',
  'service',
  'inspection',
  'administration',
  'statistics',
  'youth',
  'informal',
  'economy',
  'enterprise',
  'cooperative',
  'supply',
  'chains',
  'tripartite',
  'collective',
  'bargaining',
  'freedom',
  'association',
  'discrimination',
  'maternity',
  'security',
  'pensions',
  'disability',
  'indigenous',
  'domestic',
  'platform',
  'green',
  'jobs',
  'recovery',
  'crisis',
] as const;

/** How the N nodes split over kinds (fractions of N; sectors, topics, objectives, documents are few). */
const KIND_SHARES: readonly [NodeKind, number][] = [
  ['Country', 0.15],
  ['Programme', 0.25],
  ['Department', 0.01],
  ['PartnerAgency', 0.005],
  ['SocialPartner', 0.01],
  ['Ngo', 0.05],
  ['Instrument', 0.03],
  ['Guidance', 0.02],
  ['Meeting', 0.05],
];

export interface SyntheticOptions {
  nodes: number;
  seed?: number;
}

export interface SyntheticGraph extends Dataset {
  /** Entity ids by kind, for picking lookup targets. */
  idsByKind: Map<NodeKind, string[]>;
}

/** Counts per kind for N nodes. */
export function kindCounts(nodes: number): Map<NodeKind, number> {
  const counts = new Map<NodeKind, number>();
  counts.set('Sector', 22 + Math.round(nodes / 20_000));
  counts.set('Topic', 39 + Math.round(nodes / 10_000));
  counts.set('Objective', 14 + Math.round(nodes / 50_000));
  counts.set('Document', 5 + Math.round(nodes / 100_000));
  for (const [kind, share] of KIND_SHARES) counts.set(kind, Math.max(3, Math.round(nodes * share)));
  const used = [...counts.values()].reduce((a, b) => a + b, 0);
  counts.set('Collaboration', Math.max(1, nodes - used));
  return counts;
}

const PASSAGES = 120;

export function syntheticGraph({ nodes, seed = 7 }: SyntheticOptions): SyntheticGraph {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const word = () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');

  const counts = kindCounts(nodes);
  const idsByKind = new Map<NodeKind, string[]>();
  for (const [kind, count] of counts) {
    idsByKind.set(
      kind,
      Array.from({ length: count }, (_, i) => `${ID_PREFIX[kind]}:syn-${i}`),
    );
  }
  const ids = (kind: NodeKind) => idsByKind.get(kind)!;

  // A few passages, under the synthetic documents, that every citation points at.
  const documents = ids('Document');
  const passages: PassageRecord[] = Array.from({ length: PASSAGES }, (_, i) => ({
    id: `syn-${i % documents.length}#${i}`,
    documentId: documents[i % documents.length]!,
    label: String(i),
    ordinal: i,
    text: `${words(40)}.`,
  }));
  const cite = (): Citation[] => {
    const passage = passages[Math.floor(random() * passages.length)]!;
    const tokens = passage.text.split(' ');
    const start = int(0, tokens.length - 6);
    return [
      {
        passage: passage.id,
        quote: tokens
          .slice(start, start + 5)
          .join(' ')
          .replace(/\.$/, ''),
        confidence: 'confirmed',
      },
    ];
  };

  /**
   * A skewed pick: item i is chosen with probability falling steeply with i (u^2.5), so the first
   * few items of every kind are hubs and most items have a handful of links.
   */
  const skewed = (kind: NodeKind) => {
    const list = ids(kind);
    return list[Math.floor(list.length * random() ** 2.5)]!;
  };
  const uniform = (kind: NodeKind) => {
    const list = ids(kind);
    return list[Math.floor(random() * list.length)]!;
  };

  const entities: EntityRecord[] = [];
  for (const [kind, list] of idsByKind) {
    list.forEach((id, i) => {
      const entity: EntityRecord = {
        id,
        kind,
        name: `${kind} ${words(2)} ${i}`,
        description: `${words(int(6, 12))}.`,
        // One in ten is unsourced: the gaps query has something to find.
        sources: random() < 0.9 ? cite() : [],
      };
      if (random() < 0.2) entity.aliases = [`${words(1)} ${i}`];
      if (kind === 'Programme' || kind === 'Instrument' || kind === 'Meeting') entity.year = int(1950, 2024);
      if (kind === 'Country')
        entity.region = [
          'Africa',
          'Americas',
          'Arab States',
          'Asia and the Pacific',
          'Europe and Central Asia',
        ][i % 5]!;
      if (kind === 'Collaboration') entity.since = random() < 0.5 ? int(1990, 2024) : null;
      entities.push(entity);
    });
  }

  const links: LinkRecord[] = [];
  const seen = new Set<string>();
  const link = (from: string, type: RelationType, to: string) => {
    const key = `${from}|${type}|${to}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    links.push({ from, type, to, sources: random() < 0.5 ? cite() : [] });
  };
  const times = (min: number, max: number, add: () => void) => {
    for (let k = int(min, max); k > 0; k--) add();
  };

  ids('Department').forEach((d, i) => {
    if (i > 0) link(d, 'PART_OF', skewed('Department'));
    times(1, 2, () => link(d, 'TARGETS', skewed('Sector')));
  });
  for (const p of ids('Programme')) {
    link(skewed('Department'), 'RUNS', p);
    times(1, 3, () => link(p, 'TARGETS', skewed('Sector')));
    times(0, 2, () => link(p, 'PROMOTES', skewed('Instrument')));
    times(1, 3, () => link(p, 'ACTIVE_IN', skewed('Country')));
    times(1, 2, () => link(p, 'ADDRESSES', skewed('Topic')));
    times(0, 1, () => link(p, 'CONTRIBUTES_TO', skewed('Objective')));
  }
  for (const s of ids('Instrument')) {
    times(1, 2, () => link(s, 'APPLIES_TO', skewed('Sector')));
    times(1, 2, () => link(s, 'ADDRESSES', skewed('Topic')));
    link(s, 'ADOPTED_AT', skewed('Meeting'));
  }
  for (const g of ids('Guidance')) {
    link(g, 'APPLIES_TO', skewed('Sector'));
    times(0, 1, () => link(g, 'ADDRESSES', skewed('Topic')));
  }
  const partnerKinds: NodeKind[] = ['PartnerAgency', 'PartnerAgency', 'Ngo', 'SocialPartner'];
  for (const c of ids('Collaboration')) {
    times(1, 2, () => link(c, 'HAS_PARTNER', skewed(partnerKinds[int(0, partnerKinds.length - 1)]!)));
    link(c, 'HAS_ILO_PARTY', random() < 0.3 ? skewed('Department') : uniform('Programme'));
    times(1, 2, () => link(c, 'ON_SECTOR', skewed('Sector')));
    times(0, 2, () => link(c, 'ON_TOPIC', skewed('Topic')));
    times(0, 2, () => link(c, 'IN_COUNTRY', skewed('Country')));
  }
  for (const n of ids('Ngo')) times(0, 1, () => link(n, 'PARTICIPATES_IN', skewed('Meeting')));
  for (const s of ids('SocialPartner')) link(s, 'PARTICIPATES_IN', skewed('Meeting'));
  for (const a of ids('PartnerAgency')) link(a, 'LOCATED_IN', skewed('Country'));
  for (const m of ids('Meeting')) link(skewed('Department'), 'ORGANISES', m);
  ids('Objective').forEach((o, i) => {
    if (i >= 4) link(o, 'PART_OF', ids('Objective')[i % 4]!);
  });
  for (const d of documents) link(d, 'ISSUED_BY', skewed('Department'));

  return { passages, entities, links, statements: [], idsByKind };
}
