import { RELATIONSHIP_FIELDS } from '../api/resolvers/relationship-fields.js';
import { ENTITY_KINDS, isEntityKind, type EntityKind } from '../domain/entity-kind.js';
import type { LinkSpec } from '../loaders/link-spec.js';
import { HINT_FIELDS } from '../matching/hint-fields.js';
import { PLACE_RELATION_TYPES } from '../store/port/graph-store.port.js';
import { FIELD_KINDS } from '../../seed/rules.js';
import { kindLabel } from './types.js';

/**
 * The properties of the reconciliation service: what a reconciliation query may give beside the
 * name (`properties`, compared by the matching service's hint_agreement) and what data extension
 * fetches. Read from the graph's own descriptions (its columns, the kinds each field belongs to,
 * the GraphQL relationship fields), so a field or relationship added there is offered here.
 */

/** How a property's values are read for data extension. */
export type PropertyReader =
  | { from: 'kind' }
  | { from: 'field'; field: string }
  | { from: 'aliases' }
  /** The country itself, or the countries an entity is located in, active in or meant for. */
  | { from: 'places' }
  /** A relationship field, read by the link spec of the entity's kind (as GraphQL's field is). */
  | { from: 'relationship'; specs: ReadonlyMap<EntityKind, LinkSpec> };

export interface ReconcileProperty {
  id: string;
  name: string;
  /** What it holds; for a relationship, per kind. */
  description: string;
  describeFor?: ReadonlyMap<EntityKind, string>;
  /** The kinds that have it. */
  kinds: readonly EntityKind[];
  /** How a reconciliation query's value is compared, or null: a property data extension fetches only. */
  hint: 'acronym' | 'country' | 'year' | 'field' | null;
  read: PropertyReader;
  /** Its values are entities of the graph (`{id, name}`), of these kinds. */
  entities?: readonly EntityKind[];
}

/** Labels that are not the field's name split into words. */
const FIELD_LABELS: Partial<Record<string, string>> = {
  isoAlpha2: 'ISO 3166 alpha-2 code',
  isoAlpha3: 'ISO 3166 alpha-3 code',
  isicSections: 'ISIC Rev.4 sections',
  isicDivisions: 'ISIC Rev.4 divisions',
  url: 'URL',
  code: 'Code',
  partOf: 'Part of',
  promotedBy: 'Promoted by',
  adoptedAt: 'Adopted at',
  adoptedBy: 'Adopted by',
  iloParties: 'ILO parties',
  issuedBy: 'Issued by',
  organisedBy: 'Organised by',
  revisedBy: 'Revised by',
};

/** `instrumentType` → `Instrument type`. */
function label(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const kindsOfField = (field: string): EntityKind[] => {
  const kinds = (FIELD_KINDS as Partial<Record<string, readonly string[]>>)[field];
  return kinds ? kinds.filter(isEntityKind) : [...ENTITY_KINDS];
};

/** The properties a spreadsheet user pulls first, in this order; the rest follow by name. */
const FIRST = ['kind', 'acronym', 'sectors', 'partners', 'country', 'year'];

function relationshipProperties(): ReconcileProperty[] {
  const byField = new Map<
    string,
    { specs: Map<EntityKind, LinkSpec>; describe: Map<EntityKind, string>; targets: Set<EntityKind> }
  >();
  for (const rf of RELATIONSHIP_FIELDS) {
    const kind = rf.owner.name;
    if (!isEntityKind(kind)) continue;
    const entry = byField.get(rf.field) ?? { specs: new Map(), describe: new Map(), targets: new Set() };
    entry.specs.set(kind, rf.spec);
    entry.describe.set(kind, rf.description);
    for (const k of rf.spec.kinds) if (isEntityKind(k)) entry.targets.add(k);
    byField.set(rf.field, entry);
  }
  return [...byField].map(([field, entry]) => ({
    id: field,
    name: label(field),
    description: `${label(field)} linked to the entity; what they are depends on its kind.`,
    describeFor: entry.describe,
    kinds: [...entry.specs.keys()],
    hint: null,
    read: { from: 'relationship', specs: entry.specs },
    entities: [...entry.targets],
  }));
}

function buildCatalogue(): ReconcileProperty[] {
  const all = [...ENTITY_KINDS];
  const properties: ReconcileProperty[] = [
    {
      id: 'kind',
      name: 'Kind',
      description: 'What kind of entity it is: Partner agency, Instrument, Sector...',
      kinds: all,
      hint: null,
      read: { from: 'kind' },
    },
    {
      id: 'acronym',
      name: 'Acronym',
      description:
        'Its acronym or code (`WHO`, `IPEC`, `SECTOR`). In a query: compared with its acronyms in every language.',
      kinds: all,
      hint: 'acronym',
      read: { from: 'field', field: 'acronym' },
    },
    {
      id: 'aliases',
      name: 'Other names',
      description: 'The other names it goes by: in French and Spanish, references, short titles, variants.',
      kinds: all,
      hint: null,
      read: { from: 'aliases' },
    },
    {
      id: 'description',
      name: 'Description',
      description: 'What the sources say it is, in a sentence or two.',
      kinds: all,
      hint: null,
      read: { from: 'field', field: 'description' },
    },
    {
      id: 'country',
      name: 'Country',
      description:
        'The country itself, or the countries it is located in, active in or meant for. In a query: a name in English, French or Spanish, an ISO code, an id, or a headquarters city.',
      kinds: all,
      hint: 'country',
      read: { from: 'places' },
      entities: ['Country'],
    },
    ...HINT_FIELDS.filter((f) => kindsOfField(f).length > 0).map(
      (field): ReconcileProperty => ({
        id: field,
        name: label(field),
        description: `${label(field)}, as the knowledge base records it. In a query: compared with the value given (case, accents and punctuation folded).`,
        kinds: kindsOfField(field),
        hint: field === 'year' ? 'year' : 'field',
        read: { from: 'field', field },
      }),
    ),
    ...relationshipProperties(),
  ];
  const rank = (p: ReconcileProperty) => (FIRST.includes(p.id) ? FIRST.indexOf(p.id) : FIRST.length);
  return properties.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Every property, those a spreadsheet user pulls first leading. */
export const RECONCILE_PROPERTIES: readonly ReconcileProperty[] = buildCatalogue();

const BY_ID = new Map(RECONCILE_PROPERTIES.map((p) => [p.id, p]));

export function reconcileProperty(id: string): ReconcileProperty | undefined {
  return BY_ID.get(id);
}

/** The properties entities of a kind have, in the catalogue's order. */
export function propertiesOf(kind: EntityKind): ReconcileProperty[] {
  return RECONCILE_PROPERTIES.filter((p) => p.kinds.includes(kind));
}

/** A property's description for entities of one kind (a relationship's differs by kind). */
export function describeProperty(property: ReconcileProperty, kind?: EntityKind): string {
  return (kind && property.describeFor?.get(kind)) || property.description;
}

/** The link spec that reads the places of an entity (its countries), as matching reads them. */
export const PLACES_SPEC: LinkSpec = { direction: 'out', types: PLACE_RELATION_TYPES, kinds: ['Country'] };

/** `kindLabel`, for the meta of an entity-valued column. */
export { kindLabel };
