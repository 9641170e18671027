import { z } from 'zod';
import type {
  Citation,
  Dataset,
  EntityName,
  EntityRecord,
  LinkRecord,
  PassageRecord,
  StatementRecord,
  StatementValue,
} from '../src/domain/dataset.js';
import { ID_PREFIX, type NodeKind } from '../src/domain/entity-kind.js';
import type { RelationType } from '../src/domain/relation-type.js';
import { foldWhitespace } from './passages/text.js';
import { type SeedProblem, SeedValidationError } from './problems.js';
import { COLLABORATION_ROLES, FIELD_KINDS, RELATION_ENDPOINTS } from './rules.js';
import {
  type CitationInput,
  type CollaborationInput,
  collaborationSchema,
  entitySchema,
  linkSchema,
  mentionSchema,
  type StatementInput,
  statementSchema,
} from './schema.js';

/**
 * Merges and checks everything the seed is built from. Pure: it takes already-read inputs, so
 * tests can feed it a few in-memory entries and the build feeds it the files under seed/.
 */

/** One YAML file, already parsed (file = path relative to seed/, used in problems). */
export interface SeedFileInput {
  file: string;
  content: unknown;
}

/** One reference table, already turned into records by its loader. */
export interface ReferenceInput {
  file: string;
  entities: EntityRecord[];
  links: LinkRecord[];
  passages: PassageRecord[];
  /** Rows that describe an entity defined elsewhere (a seed file): their citations join it. */
  mentions?: { id: string; sources: Citation[] }[];
  /** Names an entity defined anywhere goes by (reference/names.tsv): each joins its `names` and `aliases`. */
  names?: { id: string; name: EntityName }[];
}

export interface SeedInputs {
  /** Passages cut from the source documents. */
  passages: PassageRecord[];
  reference: ReferenceInput[];
  files: SeedFileInput[];
}

/** Top-level shape only: entries are parsed one by one so one bad entry hides no other. */
const fileShape = z
  .object({
    document: z
      .string()
      .regex(/^\d{3}$/u)
      .optional(),
    entities: z.array(z.unknown()).default([]),
    mentions: z.array(z.unknown()).default([]),
    links: z.array(z.unknown()).default([]),
    collaborations: z.array(z.unknown()).default([]),
    statements: z.array(z.unknown()).default([]),
  })
  .strict();

interface Owned<T> {
  file: string;
  record: T;
}

function entryName(raw: unknown, section: string, index: number): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  if (typeof r.id === 'string') return r.id;
  if (typeof r.from === 'string') return `${r.from} ${String(r.type)} ${String(r.to)}`;
  if (typeof r.subject === 'string') return `${r.subject}/${String(r.property)}`;
  return `${section}[${index}]`;
}

function zodMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

function collaborationName(c: CollaborationInput): string {
  if (c.name) return c.name;
  const sentence = (c.description ?? '').split(/\.\s/u)[0]?.replace(/\.$/u, '').trim();
  return sentence || c.id.slice('collaboration:'.length);
}

const ROLE_OF: Partial<Record<RelationType, string>> = Object.fromEntries(
  Object.entries(COLLABORATION_ROLES).map(([role, type]) => [type, role]),
);

/** Passages of the reference tables (`ref-<table>#<row>`), citable from any seed file. */
const REFERENCE_PREFIX = 'ref-';

const linkKey = (l: { from: string; type: string; to: string }): string => `${l.from} ${l.type} ${l.to}`;

class SeedCollector {
  readonly problems: SeedProblem[] = [];
  private readonly passages = new Map<string, PassageRecord>();
  private readonly entities = new Map<string, Owned<EntityRecord>>();
  private readonly links = new Map<string, Owned<LinkRecord>>();
  private readonly statements = new Map<string, Owned<StatementRecord>>();

  problem(file: string, entry: string, message: string): void {
    this.problems.push({ file, entry, message });
  }

  addPassages(file: string, passages: PassageRecord[]): void {
    for (const p of passages) {
      if (this.passages.has(p.id)) this.problem(file, p.id, 'passage id defined twice');
      else this.passages.set(p.id, p);
    }
  }

  /** Checks one citation; returns it with its confidence, or null when it cannot stand. */
  citation(file: string, entry: string, c: CitationInput | Citation, document?: string): Citation | null {
    const passage = this.passages.get(c.passage);
    if (!passage) {
      this.problem(file, entry, `cites unknown passage ${c.passage}`);
      return null;
    }
    const referenceRow = c.passage.startsWith(REFERENCE_PREFIX);
    if (document && !c.passage.startsWith(`${document}#`) && !referenceRow) {
      this.problem(file, entry, `cites ${c.passage}, but this file reads document ${document}`);
    }
    // A reference row is not one of the five documents: its confidence is the table's, never
    // `confirmed` by default, so a hand-written citation of one must state it.
    if (referenceRow && c.confidence === undefined) {
      this.problem(
        file,
        entry,
        `cites reference row ${c.passage} without a confidence: give the one its table states`,
      );
    }
    if (!foldWhitespace(passage.text).includes(foldWhitespace(c.quote))) {
      this.problem(file, entry, `quote not found verbatim in ${c.passage}: "${c.quote}"`);
      return null;
    }
    const citation: Citation = {
      passage: c.passage,
      quote: foldWhitespace(c.quote),
      confidence: c.confidence ?? 'confirmed',
    };
    if (c.field !== undefined) citation.field = c.field;
    return citation;
  }

  /** A citation that names a `field` must name one the entity has a value for. */
  checkFields(file: string, record: EntityRecord, sources: readonly Citation[]): void {
    for (const c of sources) {
      if (c.field === undefined) continue;
      const problem = fieldProblem(record, c.field);
      if (problem)
        this.problem(file, record.id, `citation of ${c.passage} supports field ${c.field}: ${problem}`);
    }
  }

  /** Links and statements support the whole fact: a `field` there means nothing. */
  noFields(file: string, entry: string, sources: readonly Citation[]): void {
    for (const c of sources.filter((s) => s.field !== undefined)) {
      this.problem(
        file,
        entry,
        `citation of ${c.passage} names field ${c.field}, which only an entity's citation may`,
      );
    }
  }

  citations(file: string, entry: string, list: (CitationInput | Citation)[], document?: string): Citation[] {
    return list.map((c) => this.citation(file, entry, c, document)).filter((c): c is Citation => c !== null);
  }

  defineEntity(file: string, record: EntityRecord): void {
    const prefix = ID_PREFIX[record.kind];
    if (!new RegExp(`^${prefix}:[A-Za-z0-9][A-Za-z0-9-]*$`, 'u').test(record.id)) {
      this.problem(file, record.id, `id must be ${prefix}:<key> for kind ${record.kind}`);
    }
    for (const field of Object.keys(FIELD_KINDS) as (keyof typeof FIELD_KINDS)[]) {
      if (record[field] !== undefined && !FIELD_KINDS[field].includes(record.kind)) {
        this.problem(file, record.id, `field ${field} does not apply to kind ${record.kind}`);
      }
    }
    const existing = this.entities.get(record.id);
    if (existing) {
      this.problem(file, record.id, `entity already defined in ${existing.file}; use mentions`);
      return;
    }
    this.checkFields(file, record, record.sources);
    this.entities.set(record.id, { file, record });
  }

  mention(file: string, id: string, sources: Citation[], aliases: string[] = []): void {
    const target = this.entities.get(id)?.record;
    if (!target) {
      this.problem(file, id, 'mentions an entity defined nowhere');
      return;
    }
    this.checkFields(file, target, sources);
    target.sources = mergeSources(target.sources, sources);
    if (aliases.length) target.aliases = [...new Set([...(target.aliases ?? []), ...aliases])];
  }

  /**
   * Gives an entity one more name with its evidence: kept in `names` (the name, its language,
   * its type and sources) and added to `aliases`, which search and matching read. The same name
   * in the same language twice is a mistake in the table, reported.
   */
  addName(file: string, id: string, name: EntityName): void {
    const target = this.entities.get(id)?.record;
    if (!target) {
      this.problem(file, `${id} "${name.name}"`, 'names an entity defined nowhere');
      return;
    }
    const names = target.names ?? [];
    if (names.some((n) => n.name === name.name && n.language === name.language)) {
      this.problem(file, `${id} "${name.name}"`, `name given twice in language ${name.language}`);
      return;
    }
    target.names = [...names, name];
    if (name.name !== target.name && name.name !== target.acronym)
      target.aliases = [...new Set([...(target.aliases ?? []), name.name])];
  }

  addStatement(file: string, record: StatementRecord): void {
    const existing = this.statements.get(record.id);
    if (existing) {
      this.problem(
        file,
        record.id,
        `statement already made in ${existing.file}: give one of them a period (since) or another property`,
      );
      return;
    }
    this.statements.set(record.id, { file, record });
  }

  checkStatements(): void {
    for (const { file, record } of this.statements.values()) {
      if (!this.kindOf(record.subject))
        this.problem(file, record.id, `subject ${record.subject} is not a known entity`);
    }
  }

  /** Adds a link, merging the sources of a link already stated (same from, type, to). */
  addLink(file: string, link: LinkRecord): void {
    const existing = this.links.get(linkKey(link));
    if (existing) existing.record.sources = mergeSources(existing.record.sources, link.sources);
    else this.links.set(linkKey(link), { file, record: link });
  }

  kindOf(id: string): NodeKind | undefined {
    return this.entities.get(id)?.record.kind;
  }

  checkLinks(): void {
    for (const { file, record } of this.links.values()) {
      const rule = RELATION_ENDPOINTS[record.type];
      for (const [end, id, allowed] of [
        ['from', record.from, rule.from],
        ['to', record.to, rule.to],
      ] as const) {
        const kind = this.kindOf(id);
        // A collaboration's links come from its roles: name the collaboration and the role.
        const role = ROLE_OF[record.type];
        const entry = role ? record.from : linkKey(record);
        const what = role ? `${role}: ${id}` : `${record.type} ${end} ${id}`;
        if (!kind) this.problem(file, entry, `${what} is not a known entity`);
        else if (allowed && !allowed.includes(kind)) {
          this.problem(file, entry, `${what} is a ${kind}, expected ${allowed.join('/')}`);
        }
      }
      const [fromKind, toKind] = [this.kindOf(record.from), this.kindOf(record.to)];
      if (
        rule.groups &&
        fromKind &&
        toKind &&
        !rule.groups.some((g) => g.includes(fromKind) && g.includes(toKind))
      ) {
        const groups = rule.groups.map((g) => g.join('/')).join(' or ');
        this.problem(
          file,
          linkKey(record),
          `${record.type} joins a ${fromKind} to a ${toKind}: both ends must be ${groups}`,
        );
      }
    }
  }

  dataset(): Dataset {
    const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      passages: [...this.passages.values()].sort((a, b) =>
        a.documentId === b.documentId ? a.ordinal - b.ordinal : a.documentId < b.documentId ? -1 : 1,
      ),
      entities: [...this.entities.values()].map((e) => e.record).sort(byId),
      links: [...this.links.values()]
        .map((l) => l.record)
        .sort((a, b) => (linkKey(a) < linkKey(b) ? -1 : linkKey(a) > linkKey(b) ? 1 : 0)),
      statements: [...this.statements.values()].map((s) => s.record).sort(byId),
    };
  }
}

/** Union of two citation lists, first occurrence wins, order kept. */
export function mergeSources(a: Citation[], b: Citation[]): Citation[] {
  const seen = new Set(a.map((c) => `${c.passage}\u0000${c.quote}`));
  return [...a, ...b.filter((c) => !seen.has(`${c.passage}\u0000${c.quote}`))];
}

/** Fields every entity has, which a citation may support like the kind-specific ones. */
const COMMON_FIELDS = new Set(['name', 'acronym', 'aliases', 'description']);

/** Why a citation cannot support `field` of `record`, or null when it can. */
export function fieldProblem(record: EntityRecord, field: string): string | null {
  const kindFields = FIELD_KINDS as Record<string, readonly string[]>;
  if (!COMMON_FIELDS.has(field) && !kindFields[field]?.includes(record.kind)) {
    return `no such field on a ${record.kind}`;
  }
  const value = (record as unknown as Record<string, unknown>)[field];
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return `the ${record.kind} has no ${field}`;
  }
  return null;
}

/** A statement's typed value from its YAML keys (the schema guarantees exactly one). */
function statementValue(s: StatementInput): StatementValue {
  const approximation = s.approximation ?? 'exact';
  if (s.count !== undefined) return { type: 'count', count: s.count, unit: s.unit ?? '', approximation };
  if (s.quantity !== undefined)
    return { type: 'quantity', quantity: s.quantity, unit: s.unit ?? '', approximation };
  if (s.amount !== undefined)
    return { type: 'amount', amount: s.amount, currency: s.currency ?? '', approximation };
  if (s.date !== undefined) return { type: 'date', date: String(s.date) };
  return { type: 'condition', condition: s.condition ?? '' };
}

/** `<subject>/<property>`, with `@<since>` when the statement is dated. */
export function statementId(s: Pick<StatementRecord, 'subject' | 'property' | 'since'>): string {
  return `${s.subject}/${s.property}${s.since != null ? `@${s.since}` : ''}`;
}

/** Parses entries of one section; reports bad ones and returns the good ones. */
function parseEntries<T>(
  collector: SeedCollector,
  file: string,
  section: string,
  raws: unknown[],
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
): T[] {
  const out: T[] = [];
  raws.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) out.push(parsed.data);
    else collector.problem(file, entryName(raw, section, i), zodMessage(parsed.error));
  });
  return out;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Builds the dataset from its inputs, or throws SeedValidationError listing every problem. */
export function validateSeed(inputs: SeedInputs): Dataset {
  const c = new SeedCollector();
  c.addPassages('documents', inputs.passages);
  for (const table of inputs.reference) c.addPassages(table.file, table.passages);

  for (const table of inputs.reference) {
    for (const e of table.entities)
      c.defineEntity(table.file, { ...e, sources: c.citations(table.file, e.id, e.sources) });
  }
  const pendingMentions: (() => void)[] = [];
  const pendingLinks: LinkRecord[][] = [];
  for (const table of inputs.reference) {
    for (const m of table.mentions ?? []) {
      const sources = c.citations(table.file, m.id, m.sources);
      pendingMentions.push(() => c.mention(table.file, m.id, sources));
    }
    for (const { id, name } of table.names ?? []) {
      const sources = c.citations(table.file, `${id} "${name.name}"`, name.sources);
      // A name whose every citation failed is reported above and left out.
      if (sources.length > 0) pendingMentions.push(() => c.addName(table.file, id, { ...name, sources }));
    }
    pendingLinks.push(
      table.links.map((l) => ({ ...l, sources: c.citations(table.file, linkKey(l), l.sources) })),
    );
  }
  const linkFiles: string[] = inputs.reference.map((t) => t.file);

  for (const { file, content } of inputs.files) {
    const shape = fileShape.safeParse(content ?? {});
    if (!shape.success) {
      c.problem(file, '(file)', zodMessage(shape.error));
      continue;
    }
    const doc = shape.data.document;
    for (const e of parseEntries(c, file, 'entities', shape.data.entities, entitySchema)) {
      c.defineEntity(
        file,
        stripUndefined({ ...e, sources: c.citations(file, e.id, e.sources, doc) }) as EntityRecord,
      );
    }
    for (const m of parseEntries(c, file, 'mentions', shape.data.mentions, mentionSchema)) {
      const sources = c.citations(file, m.id, m.sources, doc);
      pendingMentions.push(() => c.mention(file, m.id, sources, m.aliases));
    }
    const links: LinkRecord[] = parseEntries(c, file, 'links', shape.data.links, linkSchema).map((l) => {
      const sources = c.citations(file, linkKey(l), l.sources, doc);
      c.noFields(file, linkKey(l), sources);
      return { ...l, sources };
    });
    for (const st of parseEntries(c, file, 'statements', shape.data.statements, statementSchema)) {
      const id = statementId(st);
      const sources = c.citations(file, id, st.sources, doc);
      c.noFields(file, id, sources);
      const record: StatementRecord = {
        id,
        subject: st.subject,
        property: st.property,
        label: st.label,
        value: statementValue(st),
        sources,
      };
      if (st.since != null) record.since = st.since;
      if (st.until != null) record.until = st.until;
      if (sources.length === 0) c.problem(file, id, 'statement has no valid citation');
      c.addStatement(file, record);
    }
    for (const col of parseEntries(
      c,
      file,
      'collaborations',
      shape.data.collaborations,
      collaborationSchema,
    )) {
      const sources = c.citations(file, col.id, col.sources, doc);
      const record: EntityRecord = {
        id: col.id,
        kind: 'Collaboration',
        name: collaborationName(col),
        sources,
      };
      if (col.description) record.description = col.description;
      if (col.since !== undefined) record.since = col.since;
      if (col.until !== undefined) record.until = col.until;
      c.defineEntity(file, record);
      // A role link rests on the collaboration's citations as a whole, not on one of its fields.
      const roleSources = sources.map(({ field: _field, ...citation }) => citation);
      for (const [role, type] of Object.entries(COLLABORATION_ROLES) as [
        keyof typeof COLLABORATION_ROLES,
        RelationType,
      ][]) {
        for (const to of col[role]) links.push({ from: col.id, type, to, sources: roleSources });
      }
    }
    pendingLinks.push(links);
    linkFiles.push(file);
  }

  // Mentions and links may name entities defined in files read later, so they come last.
  for (const apply of pendingMentions) apply();
  pendingLinks.forEach((links, i) => links.forEach((l) => c.addLink(linkFiles[i] ?? '?', l)));
  c.checkLinks();
  c.checkStatements();
  for (const e of c.dataset().entities) {
    if (e.sources.length === 0) c.problem('(merged)', e.id, 'entity has no valid citation');
  }
  if (c.problems.length > 0) throw new SeedValidationError(c.problems);
  return c.dataset();
}
