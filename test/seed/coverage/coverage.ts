/**
 * Shared machinery for the per-document coverage tests (`000.test.ts` … `004.test.ts`).
 *
 * Each test file lists, from a reading of its document (not from the dataset or the seed
 * YAML), the things the document names that a reader would look up, and the relationships it
 * states. This module checks them against the built dataset:
 *
 * - a named thing is covered when an entity of the expected kind has a name, acronym or alias
 *   that matches `expect` AND that entity cites at least one passage of the document;
 * - a relationship is covered when a link of that type joins an entity matching `from` to an
 *   entity matching `to`, and the link itself cites a passage of the document;
 * - a collaboration is covered when a Collaboration node citing the document has a role link
 *   (HAS_PARTNER, HAS_ILO_PARTY, ON_SECTOR, ON_TOPIC, IN_COUNTRY, FOR_OBJECTIVE) to an entity
 *   matching each expected participant (it may have more);
 * - a statement is covered when a statement of that property about an entity matching `subject`
 *   cites a passage of the document and its value is the one expected.
 *
 * Matching (`matchesText`), always case-insensitive:
 * - a RegExp is tested against each of name, acronym and aliases as written (an `i` flag is
 *   added when missing);
 * - a string is a normalized whole-word substring match: both sides are lower-cased, accents
 *   removed, curly apostrophes straightened, every run of characters other than a-z0-9 folded
 *   to one space; the expectation must then occur in the candidate between word boundaries
 *   (`"ifc"` matches `"IFC"` and `"ILO/IFC"` but not `"pacific"`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../seed/build-dataset.js';
import type {
  Approximation,
  Dataset,
  EntityRecord,
  LinkRecord,
  StatementRecord,
} from '../../../src/domain/dataset.js';
import type { NodeKind } from '../../../src/domain/entity-kind.js';
import type { RelationType } from '../../../src/domain/relation-type.js';

/** One thing the document names, as a reader would look it up. */
export interface Named {
  /** The name as the document writes it (for the report). */
  name: string;
  kind: NodeKind;
  /** Matched against the entity's name, acronym and aliases (see module comment). */
  expect: RegExp | string;
}

/** A relationship the document states, between two named things. */
export interface Relation {
  from: Named;
  type: RelationType;
  to: Named;
}

/** A cooperation fact the document states, held by a Collaboration node and its role links. */
export interface Cooperation {
  /** What the document says, for the report. */
  name: string;
  partners: Named[];
  iloParties?: Named[];
  sectors?: Named[];
  topics?: Named[];
  countries?: Named[];
  objectives?: Named[];
}

/** A value the document states about a named thing (a count, an amount, a date, a condition). */
export interface Stated {
  /** What the document says, for the report. */
  name: string;
  subject: Named;
  property: string;
  /** The value expected: a number (count, quantity, amount), a date string, or a pattern of a condition. */
  value: number | string | RegExp;
  approximation?: Approximation;
}

export interface DocumentCoverage {
  /** Document code: `000` … `004`. */
  code: string;
  named: Named[];
  relations?: Relation[];
  cooperations?: Cooperation[];
  statements?: Stated[];
  /** Further facts read from the document that are not a single link (fields, counts): `null` when covered. */
  checks?: { name: string; run: (coverage: Coverage) => string | null }[];
}

/** Lower-case, accents removed, curly apostrophes straightened, non-alphanumerics folded to one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** Whether one candidate text (a name, acronym or alias) matches an expectation. */
export function matchesText(candidate: string, expectation: RegExp | string): boolean {
  if (typeof expectation === 'string') {
    const want = normalize(expectation);
    return want.length > 0 && ` ${normalize(candidate)} `.includes(` ${want} `);
  }
  const flags = expectation.flags.includes('i') ? expectation.flags : `${expectation.flags}i`;
  return new RegExp(expectation.source, flags.replace('g', '').replace('y', '')).test(candidate);
}

export function matchesEntity(entity: EntityRecord, named: Pick<Named, 'kind' | 'expect'>): boolean {
  if (entity.kind !== named.kind) return false;
  const candidates = [entity.name, entity.acronym ?? '', ...(entity.aliases ?? [])].filter((c) => c !== '');
  return candidates.some((c) => matchesText(c, named.expect));
}

/** Shorthand for a named thing. */
export function named(kind: NodeKind, name: string, expectation: RegExp | string = name): Named {
  return { name, kind, expect: expectation };
}

/** An ILO Convention by number, matched on the "(No. n)" of its title or its code (C081). */
export function convention(no: number, name = `Convention No. ${no}`): Named {
  return { name, kind: 'Instrument', expect: new RegExp(`\\(No\\. ${no}\\)|^C0*${no}$`) };
}

const ROLE_TYPES = {
  partners: 'HAS_PARTNER',
  iloParties: 'HAS_ILO_PARTY',
  sectors: 'ON_SECTOR',
  topics: 'ON_TOPIC',
  countries: 'IN_COUNTRY',
  objectives: 'FOR_OBJECTIVE',
} as const satisfies Record<string, RelationType>;

/** The coverage checks over a built dataset, usable outside vitest (see `describeCoverage`). */
export class Coverage {
  private readonly documentOf = new Map<string, string>();

  constructor(
    readonly dataset: Dataset,
    readonly code: string,
  ) {
    for (const p of dataset.passages) this.documentOf.set(p.id, p.documentId);
  }

  get documentId(): string {
    return `document:${this.code}`;
  }

  /** Whether some citation of the record (an entity, link or statement, or a single citation) is a passage of the document. */
  citesDocument(record: Pick<EntityRecord | LinkRecord | StatementRecord, 'sources'>): boolean {
    return record.sources.some((s) => this.documentOf.get(s.passage) === this.documentId);
  }

  candidates(ref: Pick<Named, 'kind' | 'expect'>): EntityRecord[] {
    return this.dataset.entities.filter((e) => matchesEntity(e, ref));
  }

  /** `null` when covered, otherwise why not. */
  checkNamed(item: Named): string | null {
    const found = this.candidates(item);
    if (found.length === 0)
      return `no ${item.kind} whose name, acronym or alias matches ${String(item.expect)}`;
    if (found.some((e) => this.citesDocument(e))) return null;
    return `${found.map((e) => e.id).join(', ')} found but none cites a passage of ${this.code}`;
  }

  checkRelation(rel: Relation): string | null {
    const from = new Set(this.candidates(rel.from).map((e) => e.id));
    const to = new Set(this.candidates(rel.to).map((e) => e.id));
    if (from.size === 0) return `no ${rel.from.kind} matching ${String(rel.from.expect)}`;
    if (to.size === 0) return `no ${rel.to.kind} matching ${String(rel.to.expect)}`;
    const links = this.dataset.links.filter((l) => l.type === rel.type && from.has(l.from) && to.has(l.to));
    if (links.length === 0)
      return `no ${rel.type} link from [${[...from].join(', ')}] to [${[...to].join(', ')}]`;
    if (links.some((l) => this.citesDocument(l))) return null;
    return `${links.map((l) => `${l.from} ${l.type} ${l.to}`).join('; ')} found but not cited from ${this.code}`;
  }

  checkStatement(stated: Stated): string | null {
    const subjects = new Set(this.candidates(stated.subject).map((e) => e.id));
    if (subjects.size === 0) return `no ${stated.subject.kind} matching ${String(stated.subject.expect)}`;
    const found = this.dataset.statements.filter(
      (s) => subjects.has(s.subject) && s.property === stated.property && this.citesDocument(s),
    );
    if (found.length === 0)
      return `no statement ${stated.property} about [${[...subjects].join(', ')}] citing ${this.code}`;
    const matches = (s: StatementRecord) => {
      const v = s.value;
      const number =
        v.type === 'count'
          ? v.count
          : v.type === 'quantity'
            ? v.quantity
            : v.type === 'amount'
              ? v.amount
              : null;
      const approximation = 'approximation' in v ? v.approximation : undefined;
      if (stated.approximation && approximation !== stated.approximation) return false;
      if (typeof stated.value === 'number') return number === stated.value;
      if (typeof stated.value === 'string') return v.type === 'date' && v.date === stated.value;
      return v.type === 'condition' && stated.value.test(v.condition);
    };
    return found.some(matches)
      ? null
      : `${found.map((s) => `${s.id} = ${JSON.stringify(s.value)}`).join('; ')}`;
  }

  checkCooperation(coop: Cooperation): string | null {
    const nodes = this.dataset.entities.filter((e) => e.kind === 'Collaboration' && this.citesDocument(e));
    const roles = (Object.keys(ROLE_TYPES) as (keyof typeof ROLE_TYPES)[]).flatMap((role) =>
      (coop[role] ?? []).map((want) => ({ type: ROLE_TYPES[role], want })),
    );
    const satisfies = (node: EntityRecord) =>
      roles.every(({ type, want }) =>
        this.dataset.links.some(
          (l) =>
            l.from === node.id &&
            l.type === type &&
            this.dataset.entities.some((e) => e.id === l.to && matchesEntity(e, want)),
        ),
      );
    if (nodes.some(satisfies)) return null;
    const wanted = roles.map(({ type, want }) => `${type} ${want.name}`).join(', ');
    return `no Collaboration citing ${this.code} has all of: ${wanted}`;
  }
}

/** Registers the vitest suite for one document: one test per named thing, relation and cooperation. */
export function describeCoverage(spec: DocumentCoverage): void {
  describe(`coverage of document ${spec.code}`, () => {
    let coverage: Coverage;
    beforeAll(async () => {
      coverage = new Coverage(await buildDataset(), spec.code);
    });

    it('lists each named thing once', () => {
      const keys = spec.named.map((n) => `${n.kind} ${n.name}`);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    });

    it.each(spec.named.map((n) => [`${n.kind}: ${n.name}`, n] as const))('names %s', (_label, item) => {
      expect(coverage.checkNamed(item)).toBeNull();
    });

    const relations = spec.relations ?? [];
    if (relations.length > 0) {
      it.each(relations.map((r) => [`${r.from.name} ${r.type} ${r.to.name}`, r] as const))(
        'states %s',
        (_label, rel) => {
          expect(coverage.checkRelation(rel)).toBeNull();
        },
      );
    }

    const cooperations = spec.cooperations ?? [];
    if (cooperations.length > 0) {
      it.each(cooperations.map((c) => [c.name, c] as const))(
        'records the collaboration: %s',
        (_label, coop) => {
          expect(coverage.checkCooperation(coop)).toBeNull();
        },
      );
    }

    const statements = spec.statements ?? [];
    if (statements.length > 0) {
      it.each(statements.map((s) => [s.name, s] as const))('states the value: %s', (_label, stated) => {
        expect(coverage.checkStatement(stated)).toBeNull();
      });
    }

    const checks = spec.checks ?? [];
    if (checks.length > 0) {
      it.each(checks.map((c) => [c.name, c] as const))('checks %s', (_label, check) => {
        expect(check.run(coverage)).toBeNull();
      });
    }
  });
}
