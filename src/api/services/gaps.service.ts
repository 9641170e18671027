import type { Citation } from '../../domain/dataset.js';
import { citationsFromJson, type EntityModel } from '../../domain/entity-from-node.js';
import type { NodeKind } from '../../domain/entity-kind.js';
import type { RelationType } from '../../domain/relation-type.js';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore, Row } from '../../store/port/graph-store.port.js';
import { GapKind } from '../types/gap.type.js';

export interface GapModel {
  kind: GapKind;
  entity: EntityModel | null;
  relationship: string | null;
  /** For a gap about a statement: its id (Gap.statement resolves it). */
  statementId?: string | null;
  /** For a gap about one value of the entity: its field (`date`, `year`). */
  field?: string | null;
  explanation: string;
}

/** Entities that are not gaps of a kind by definition. */
const NOT_A_PARTNER_GAP = new Set(['agency:ILO']); // the ILO does not collaborate with itself

interface MissingLinkGap {
  kind: NodeKind;
  types: RelationType[];
  otherKinds: NodeKind[];
  /** Only entities for which the missing link is a gap (default: all of `kind`). */
  applies?: (e: EntityModel) => boolean;
  explain: (e: EntityModel) => string;
}

/**
 * The instruments whose promotion a programme or department is expected to carry: the ILO's
 * international labour standards. Declarations, resolutions, treaties (the Treaty of Versailles,
 * the Multi Fibre Arrangement) and untyped texts (the Constitution, the Geneva Accord) are not
 * ratified or applied as standards, so nobody promoting them is no gap.
 */
const LABOUR_STANDARDS = new Set(['Convention', 'Protocol', 'Recommendation']);

/** What promoting a standard means for its type: Conventions and Protocols are ratified, Recommendations are not. */
function promotionOf(e: EntityModel): string {
  return e.instrumentType === 'Recommendation' ? 'its use' : 'its ratification and application';
}

const MISSING_LINK_GAPS: Partial<Record<GapKind, MissingLinkGap>> = {
  [GapKind.SECTOR_WITHOUT_INSTRUMENT]: {
    kind: 'Sector',
    types: ['APPLIES_TO'],
    otherKinds: ['Instrument'],
    explain: (e) =>
      `No instrument in the knowledge base applies to the sector "${e.name}": link the Conventions or Recommendations that cover it (APPLIES_TO, with a cited source), or record that it has none.`,
  },
  [GapKind.SECTOR_WITHOUT_PROGRAMME]: {
    kind: 'Sector',
    types: ['TARGETS'],
    otherKinds: ['Programme'],
    explain: (e) =>
      `No programme is recorded as working on the sector "${e.name}": add the programmes that target it (TARGETS, with a cited source).`,
  },
  [GapKind.INSTRUMENT_NOT_PROMOTED]: {
    kind: 'Instrument',
    types: ['PROMOTES'],
    otherKinds: ['Programme', 'Department'],
    applies: (e) => LABOUR_STANDARDS.has(e.instrumentType ?? ''),
    explain: (e) =>
      `No programme or department is recorded as promoting the ${e.instrumentType} "${e.name}": add who promotes ${promotionOf(e)} (PROMOTES, with a cited source).`,
  },
  [GapKind.PARTNER_WITHOUT_COLLABORATION]: {
    kind: 'PartnerAgency',
    types: ['HAS_PARTNER'],
    otherKinds: ['Collaboration'],
    explain: (e) =>
      `No collaboration with ${e.acronym ?? e.name} is recorded: add what it does with the ILO (a collaboration with its sectors, topics and source).`,
  },
};

/**
 * What the knowledge base lacks, kind by kind, each gap with a sentence a person can act on.
 * Gaps come in the order of `kinds`, then by entity id.
 */
export async function findGaps(
  store: GraphStore,
  loaders: Loaders,
  kinds: readonly GapKind[],
): Promise<GapModel[]> {
  const gaps: GapModel[] = [];
  for (const kind of kinds) {
    const missing = MISSING_LINK_GAPS[kind];
    if (missing) {
      const rows = await store.read('entities-lacking-link', {
        kind: missing.kind,
        types: missing.types,
        otherKinds: missing.otherKinds,
      });
      const ids = rows
        .map((r) => String(r.id))
        .filter((id) => !(kind === GapKind.PARTNER_WITHOUT_COLLABORATION && NOT_A_PARTNER_GAP.has(id)));
      for (const entity of await loadEntities(loaders, ids)) {
        if (missing.applies && !missing.applies(entity)) continue;
        gaps.push({ kind, entity, relationship: null, explanation: missing.explain(entity) });
      }
    } else if (kind === GapKind.SECTOR_WITHOUT_PARTNER) {
      const rows = await store.read('sectors-without-partner');
      for (const entity of await loadEntities(
        loaders,
        rows.map((r) => String(r.id)),
      )) {
        gaps.push({
          kind,
          entity,
          relationship: null,
          explanation: `No partner agency is recorded as cooperating with the ILO on the sector "${entity.name}": add the collaborations that cover it, with their sources.`,
        });
      }
    } else {
      gaps.push(...(await weakFactGaps(store, loaders, kind)));
    }
  }
  return gaps;
}

/** UNSOURCED_FACT (no citation at all) and UNCONFIRMED_FACT (a citation that is not confirmed). */
async function weakFactGaps(store: GraphStore, loaders: Loaders, kind: GapKind): Promise<GapModel[]> {
  const wantUnsourced = kind === GapKind.UNSOURCED_FACT;
  const keep = (row: Row) => (row.confidence === 'none') === wantUnsourced;
  const [entityRows, linkRows, statementRows] = await Promise.all([
    store.read('weak-entities'),
    store.read('weak-links'),
    store.read('weak-statements'),
  ]);
  const gaps: GapModel[] = [];

  const entityRowsKept = entityRows.filter(keep);
  const entities = await loadEntities(
    loaders,
    entityRowsKept.map((r) => String(r.id)),
  );
  for (const entity of entities) {
    gaps.push({
      kind,
      entity,
      relationship: null,
      explanation: wantUnsourced
        ? `"${entity.name}" (${entity.kind}) has no source: cite the document passage or reference row it comes from, or remove it.`
        : `"${entity.name}" (${entity.kind}) rests partly on ${describeWeak(entity.sources)}: confirm it against a public source and update its citation.`,
    });
  }

  const linkRowsKept = linkRows.filter(keep);
  const starts = await loadEntities(
    loaders,
    linkRowsKept.map((r) => String(r.from)),
  );
  const startById = new Map(starts.map((e) => [e.id, e]));
  for (const row of linkRowsKept) {
    const statement = `${String(row.from)} ${String(row.type)} ${String(row.to)}`;
    gaps.push({
      kind,
      entity: startById.get(String(row.from)) ?? null,
      relationship: String(row.id),
      explanation: wantUnsourced
        ? `The relationship "${statement}" has no source: cite the passage that states it, or remove it.`
        : `The relationship "${statement}" rests on ${describeWeak(citationsFromJson(row.sources))}: confirm it against a public source.`,
    });
  }

  if (wantUnsourced) gaps.push(...(await unsourcedValueGaps(store, loaders)));

  const statementRowsKept = statementRows.filter(keep);
  const subjects = await loadEntities(
    loaders,
    statementRowsKept.map((r) => String(r.subjectId)),
  );
  const subjectById = new Map(subjects.map((e) => [e.id, e]));
  for (const row of statementRowsKept) {
    const subject = subjectById.get(String(row.subjectId)) ?? null;
    const what = `the ${String(row.label)} of "${subject?.name ?? String(row.subjectId)}"`;
    gaps.push({
      kind,
      entity: subject,
      relationship: null,
      statementId: String(row.id),
      explanation: wantUnsourced
        ? `The statement of ${what} has no source: cite the passage that states it, or remove it.`
        : `The statement of ${what} rests on ${describeWeak(citationsFromJson(row.sources))}: confirm it against a public source.`,
    });
  }
  return gaps;
}

/** The values whose source is checked one by one: when something happened or held. */
const DATED_FIELDS = ['year', 'endYear', 'since', 'until', 'date'] as const;

/**
 * A year, period or date no citation names as the one it supports (Citation.field): the entity is
 * sourced, the value is not (e.g. a page's date estimated from outside the page).
 */
async function unsourcedValueGaps(store: GraphStore, loaders: Loaders): Promise<GapModel[]> {
  const rows = await store.read('dated-entities');
  const gaps: GapModel[] = [];
  for (const entity of await loadEntities(
    loaders,
    rows.map((r) => String(r.id)),
  )) {
    for (const field of DATED_FIELDS) {
      const value = entity[field];
      if (value === null || value === undefined || entity.sources.some((s) => s.field === field)) continue;
      gaps.push({
        kind: GapKind.UNSOURCED_FACT,
        entity,
        relationship: null,
        field,
        explanation: `The ${field} of "${entity.name}" (${String(value)}) cites no source: cite the passage or reference row that states it (a citation naming field ${field}), or remove it.`,
      });
    }
  }
  return gaps;
}

function describeWeak(sources: readonly Citation[]): string {
  const weak = sources.filter((s) => s.confidence !== 'confirmed');
  return weak.map((s) => `${s.confidence} evidence (${s.passage}: "${truncate(s.quote, 80)}")`).join('; ');
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

async function loadEntities(loaders: Loaders, ids: string[]): Promise<EntityModel[]> {
  if (ids.length === 0) return [];
  const loaded = await loaders.entity.loadMany(ids);
  return loaded.filter((e): e is EntityModel => e !== null && !(e instanceof Error));
}
