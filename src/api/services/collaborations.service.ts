import type { EntityModel } from '../../domain/entity-from-node.js';
import type { NodeKind } from '../../domain/entity-kind.js';
import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';
import { badUserInput, notFound } from '../shared/errors.js';

/** The participants a collaboration must have (all optional, AND-ed), by entity id. */
export interface CollaborationFilter {
  partner?: string | null;
  sector?: string | null;
  topic?: string | null;
  programme?: string | null;
  department?: string | null;
  country?: string | null;
  objective?: string | null;
}

/** The kinds of entity each filter takes: the kinds its collaboration role links to. */
const FILTER_KINDS: Readonly<Record<keyof CollaborationFilter, readonly NodeKind[]>> = {
  partner: ['PartnerAgency', 'Ngo', 'SocialPartner'], // HAS_PARTNER
  sector: ['Sector'], // ON_SECTOR
  topic: ['Topic'], // ON_TOPIC
  programme: ['Programme'], // HAS_ILO_PARTY
  department: ['Department'], // HAS_ILO_PARTY, the department or one of its units
  country: ['Country'], // IN_COUNTRY
  objective: ['Objective'], // FOR_OBJECTIVE
};

/** What a unit of a department can be: a department or a programme PART_OF it. */
const UNIT_KINDS: NodeKind[] = ['Department', 'Programme'];

/** How deep PART_OF is followed down from a department: deeper than any organisation chart. */
const MAX_UNIT_DEPTH = 10;

/** Kuzu cannot bind an empty list: the placeholder when no department filter applies. */
const NO_PARTIES = [''];

const orList = (kinds: readonly string[]) =>
  kinds.length === 1 ? kinds[0]! : `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)!}`;

/**
 * Every id in `where` names an entity of the kind its filter takes: an unknown id is NOT_FOUND,
 * an id of another kind BAD_USER_INPUT, each naming the argument (e.g. `where.partner`). Without
 * this check an id that matches nothing answers an empty list, which reads as "no collaboration".
 */
export async function checkCollaborationFilter(loaders: Loaders, where: CollaborationFilter): Promise<void> {
  const given = (Object.keys(FILTER_KINDS) as (keyof CollaborationFilter)[])
    .map((field) => ({ field, id: where[field] }))
    .filter((f): f is { field: keyof CollaborationFilter; id: string } => typeof f.id === 'string');
  // `load`, not `loadMany`: a store failure must surface as itself, not as "not found".
  const found = await Promise.all(given.map((f) => loaders.entity.load(f.id)));
  given.forEach(({ field, id }, i) => {
    const entity: EntityModel | null | undefined = found[i];
    const argument = `where.${field}`;
    if (!entity) throw notFound(`No entity has the id "${id}" (${argument}).`, id, argument);
    const kinds = FILTER_KINDS[field];
    if (!kinds.includes(entity.kind)) {
      throw badUserInput(`${argument} must be a ${orList(kinds)} id; ${id} is a ${entity.kind}.`, argument);
    }
  });
}

/**
 * A department and its units: the departments and programmes PART_OF it, at any depth (the
 * Social Dialogue Sector holds SECTOR, DIALOGUE, LAB/ADMIN and Better Work). One batched store
 * query per level of the organisation chart.
 */
export async function departmentAndUnits(loaders: Loaders, department: string): Promise<string[]> {
  const units = loaders.linked({ direction: 'in', types: ['PART_OF'], kinds: UNIT_KINDS });
  const seen = new Set([department]);
  let frontier = [department];
  for (let depth = 0; depth < MAX_UNIT_DEPTH && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const list of await Promise.all(frontier.map((id) => units.load(id)))) {
      for (const unit of list) {
        if (seen.has(unit.entity.id)) continue;
        seen.add(unit.entity.id);
        next.push(unit.entity.id);
      }
    }
    frontier = next;
  }
  return [...seen];
}

/** The ids of the collaborations matching `where` (checked first), by start year (undated last), then id. */
export async function collaborationIds(
  store: GraphStore,
  loaders: Loaders,
  where: CollaborationFilter,
): Promise<string[]> {
  await checkCollaborationFilter(loaders, where);
  const parties = where.department ? await departmentAndUnits(loaders, where.department) : NO_PARTIES;
  const rows = await store.read('collaboration-ids', {
    partner: where.partner ?? null,
    sector: where.sector ?? null,
    topic: where.topic ?? null,
    programme: where.programme ?? null,
    country: where.country ?? null,
    objective: where.objective ?? null,
    restrictParties: Boolean(where.department),
    parties,
  });
  return rows
    .map((r) => ({
      id: String(r.id),
      since: typeof r.since === 'number' ? r.since : Number.MAX_SAFE_INTEGER,
    }))
    .sort((a, b) => a.since - b.since || a.id.localeCompare(b.id))
    .map((r) => r.id);
}
