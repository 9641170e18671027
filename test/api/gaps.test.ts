import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EntityRecord, LinkRecord } from '../../src/domain/dataset.js';
import { entityToRow, linkId, linkToRow } from '../../src/domain/records-to-rows.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const GAP_KINDS = [
  'SECTOR_WITHOUT_INSTRUMENT',
  'SECTOR_WITHOUT_PROGRAMME',
  'SECTOR_WITHOUT_PARTNER',
  'INSTRUMENT_NOT_PROMOTED',
  'PARTNER_WITHOUT_COLLABORATION',
  'UNSOURCED_FACT',
  'UNCONFIRMED_FACT',
] as const;
type GapKind = (typeof GAP_KINDS)[number];

interface Gap {
  kind: GapKind;
  relationship: string | null;
  statement: { id: string; label: string; sources: { passage: string; confidence: string }[] } | null;
  field: string | null;
  explanation: string;
  entity: { __typename: string; id: string; name?: string; acronym?: string | null } | null;
}

const GAPS = `query($kinds: [GapKind!]) { gaps(kinds: $kinds) {
  kind relationship field explanation statement { id label sources { passage confidence } }
  entity { __typename id ... on Entity { name acronym } ... on Collaboration { name } }
} }`;

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('gaps: what the knowledge base lacks', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const gaps = async (kinds?: GapKind[]) => (await server.data<{ gaps: Gap[] }>(GAPS, { kinds })).gaps;

  /** Every node of a list with one relationship field, to read which ones have it empty. */
  const emptyField = async (list: string, field: string): Promise<{ empty: string[]; all: string[] }> => {
    const data = await server.data<{
      list: { edges: { node: { id: string } & Record<string, { id: string }[]> }[] };
    }>(`{ list: ${list}(first: 100) { edges { node { id ${field} { id } } } } }`);
    const nodes = data.list.edges.map((e) => e.node);
    return {
      empty: nodes.filter((n) => n[field]!.length === 0).map((n) => n.id),
      all: nodes.map((n) => n.id),
    };
  };

  it.each(GAP_KINDS)('gaps(kinds: [%s]) returns only gaps of that kind', async (kind) => {
    const found = await gaps([kind]);
    expect(found.every((g) => g.kind === kind)).toBe(true);
  });

  it('gaps() without kinds returns the gaps of every kind', async () => {
    const everything = await gaps();
    for (const kind of GAP_KINDS) {
      const one = await gaps([kind]);
      expect(
        everything
          .filter((g) => g.kind === kind)
          .map((g) => `${g.entity?.id} ${g.relationship}`)
          .sort(),
      ).toEqual(one.map((g) => `${g.entity?.id} ${g.relationship}`).sort());
    }
    expect(new Set(everything.map((g) => g.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['SECTOR_WITHOUT_INSTRUMENT', 'sectors', 'instruments'],
    ['SECTOR_WITHOUT_PROGRAMME', 'sectors', 'programmes'],
    ['SECTOR_WITHOUT_PARTNER', 'sectors', 'partners'],
  ] as const)('%s lists exactly the %s whose %s are empty', async (kind, list, field) => {
    const { empty, all } = await emptyField(list, field);
    const found = await gaps([kind]);
    expect(sorted(found.map((g) => g.entity!.id))).toEqual(sorted(empty));
    // The check means something: some have the field, some do not.
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThan(all.length);
    expect(found.every((g) => g.relationship === null)).toBe(true);
  });

  it('INSTRUMENT_NOT_PROMOTED lists exactly the Conventions, Protocols and Recommendations nobody promotes, never treaties or declarations', async () => {
    const data = await server.data<{
      instruments: {
        edges: { node: { id: string; instrumentType: string | null; promotedBy: { id: string }[] } }[];
      };
    }>(`{ instruments(first: 100) { edges { node { id instrumentType promotedBy { id } } } } }`);
    const instruments = data.instruments.edges.map((e) => e.node);
    const standards = new Set(['Convention', 'Protocol', 'Recommendation']);
    const unpromoted = instruments.filter((i) => i.promotedBy.length === 0);
    const want = unpromoted.filter((i) => standards.has(i.instrumentType ?? '')).map((i) => i.id);
    const found = await gaps(['INSTRUMENT_NOT_PROMOTED']);
    expect(sorted(found.map((g) => g.entity!.id))).toEqual(sorted(want));
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(instruments.filter((i) => standards.has(i.instrumentType ?? '')).length);
    // Texts that are not ratified or applied as labour standards are no gap, promoted or not.
    const notStandards = [
      'instrument:treaty-of-versailles',
      'instrument:geneva-accord',
      'instrument:declaration-of-philadelphia',
      'instrument:multi-fibre-arrangement',
    ];
    for (const id of notStandards) {
      const instrument = instruments.find((i) => i.id === id);
      expect(instrument, id).toBeDefined();
      expect(standards.has(instrument!.instrumentType ?? ''), id).toBe(false);
      expect(instrument!.promotedBy, id).toEqual([]);
      expect(found.map((g) => g.entity!.id)).not.toContain(id);
    }
    // The sentence fits the type: a Convention is ratified, a Recommendation only used.
    for (const gap of found) {
      const type = instruments.find((i) => i.id === gap.entity!.id)!.instrumentType!;
      expect(gap.explanation).toContain(type);
      expect(gap.explanation).toContain(gap.entity!.name!);
      expect(gap.explanation).toMatch(
        type === 'Recommendation' ? /promotes its use/ : /promotes its ratification/,
      );
      expect(gap.relationship).toBeNull();
    }
  });

  it('PARTNER_WITHOUT_COLLABORATION lists exactly the partner agencies without collaborations, never the ILO itself', async () => {
    const { empty } = await emptyField('partnerAgencies', 'collaborations');
    expect(empty).toContain('agency:ILO'); // the ILO has no collaboration with itself...
    const found = await gaps(['PARTNER_WITHOUT_COLLABORATION']);
    const ids = found.map((g) => g.entity!.id);
    expect(ids).not.toContain('agency:ILO'); // ...and that is not a gap
    expect(sorted(ids)).toEqual(sorted(empty.filter((id) => id !== 'agency:ILO')));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('UNSOURCED_FACT lists exactly the entities and relationships of the dataset that have no source', async () => {
    const unsourcedEntities = server.dataset.entities.filter((e) => e.sources.length === 0).map((e) => e.id);
    const unsourcedLinks = server.dataset.links.filter((l) => l.sources.length === 0).map(linkId);
    const found = await gaps(['UNSOURCED_FACT']);
    expect(
      sorted(found.filter((g) => g.relationship === null && g.field === null).map((g) => g.entity!.id)),
    ).toEqual(sorted(unsourcedEntities));
    expect(sorted(found.flatMap((g) => (g.relationship ? [g.relationship] : [])))).toEqual(
      sorted(unsourcedLinks),
    );
  });

  it('UNSOURCED_FACT lists each year, period or date no citation supports, with its field', async () => {
    const dated = ['year', 'endYear', 'since', 'until', 'date'] as const;
    const expected = server.dataset.entities.flatMap((e) =>
      dated
        .filter((f) => e[f] !== undefined && e[f] !== null && !e.sources.some((s) => s.field === f))
        .map((f) => `${e.id} ${f}`),
    );
    // The dates of the two web pages that do not print one: estimated, stated by no passage.
    expect(expected.length).toBeGreaterThan(0);
    const found = await gaps(['UNSOURCED_FACT']);
    const valueGaps = found.filter((g) => g.field !== null);
    expect(sorted(valueGaps.map((g) => `${g.entity!.id} ${g.field}`))).toEqual(sorted(expected));
    for (const gap of valueGaps) expect(gap.explanation).toContain(gap.field!);
  });

  it('UNCONFIRMED_FACT lists every entity, relationship and statement resting on a citation that is not confirmed, naming the passage', async () => {
    const weak = (sources: EntityRecord['sources']) => sources.filter((s) => s.confidence !== 'confirmed');
    const entities = server.dataset.entities.filter((e) => weak(e.sources).length > 0);
    const links = server.dataset.links.filter((l) => weak(l.sources).length > 0);
    const statements = server.dataset.statements.filter((s) => weak(s.sources).length > 0);
    expect(entities.length).toBeGreaterThan(0);
    expect(statements.length).toBeGreaterThan(0);
    const found = await gaps(['UNCONFIRMED_FACT']);
    const statementGaps = found.filter((g) => g.statement !== null);
    expect(sorted(statementGaps.map((g) => g.statement!.id))).toEqual(sorted(statements.map((s) => s.id)));
    for (const gap of statementGaps) {
      const record = statements.find((s) => s.id === gap.statement!.id)!;
      expect(gap.entity?.id).toBe(record.subject);
      for (const citation of weak(record.sources)) expect(gap.explanation).toContain(citation.passage);
    }
    const entityGaps = found.filter((g) => g.relationship === null && g.statement === null);
    expect(sorted(entityGaps.map((g) => g.entity!.id))).toEqual(sorted(entities.map((e) => e.id)));
    expect(sorted(found.flatMap((g) => (g.relationship ? [g.relationship] : [])))).toEqual(
      sorted(links.map(linkId)),
    );
    for (const gap of entityGaps) {
      const record = entities.find((e) => e.id === gap.entity!.id)!;
      for (const citation of weak(record.sources)) {
        expect(gap.explanation, gap.entity!.id).toContain(citation.passage);
        expect(gap.explanation).toContain(citation.confidence);
      }
    }
    for (const gap of found.filter((g) => g.relationship !== null)) {
      const record = links.find((l) => linkId(l) === gap.relationship)!;
      for (const citation of weak(record.sources))
        expect(gap.explanation, gap.relationship!).toContain(citation.passage);
    }
    // e.g. an instrument whose NORMLEX status is unconfirmed.
    const c182 = entityGaps.find((g) => g.entity!.id === 'instrument:C182');
    expect(c182?.explanation).toContain('ref-instruments#C182');
  });

  it('each explanation names the entity (or, for a relationship, its ends)', async () => {
    const found = await gaps();
    expect(found.length).toBeGreaterThan(0);
    for (const gap of found) {
      expect(gap.entity, gap.explanation).not.toBeNull();
      if (gap.relationship) {
        const [from, , to] = gap.relationship.split('|');
        expect(gap.entity!.id).toBe(from);
        expect(gap.explanation).toContain(from);
        expect(gap.explanation).toContain(to);
      } else {
        const named = [gap.entity!.name, gap.entity!.acronym].filter((x): x is string => Boolean(x));
        expect(
          named.some((n) => gap.explanation.includes(n)),
          `${gap.kind}: "${gap.explanation}" names ${gap.entity!.id}`,
        ).toBe(true);
      }
      expect(gap.explanation.length).toBeGreaterThan(40);
    }
  });
});

describe('gaps: an unsourced fact written to the store is reported', () => {
  let server: TestServer;
  const entity: EntityRecord = {
    id: 'topic:unsourced-test-topic',
    kind: 'Topic',
    name: 'Unsourced test topic',
    sources: [],
  };
  const link: LinkRecord = { from: 'programme:ipec', type: 'ADDRESSES', to: entity.id, sources: [] };

  beforeAll(async () => {
    server = await startTestServer();
    // A real write through the store, as an import would do: no mock.
    await server.store.write([
      { query: 'upsert-entities', params: { rows: [entityToRow(entity)] } },
      { query: 'upsert-links', params: { rows: [linkToRow(link)] } },
    ]);
  });
  afterAll(() => server.close());

  it('UNSOURCED_FACT lists the new entity and the new relationship, and nothing else', async () => {
    // The unsourced values (a year, a date) of the knowledge base stay as they were; left aside here.
    const { gaps } = await server.data<{ gaps: Gap[] }>(GAPS, { kinds: ['UNSOURCED_FACT'] });
    const unsourced = gaps.filter((g) => g.field === null);
    expect(unsourced.map((g) => [g.entity?.id, g.relationship]).sort()).toEqual(
      [
        [entity.id, null],
        ['programme:ipec', linkId(link)],
      ].sort(),
    );
    const entityGap = unsourced.find((g) => g.relationship === null)!;
    expect(entityGap.explanation).toContain(entity.name);
    expect(unsourced.find((g) => g.relationship)!.explanation).toContain(entity.id);
  });

  it('the new entity reads confidence NONE and is not an UNCONFIRMED_FACT', async () => {
    const data = await server.data<{ entity: { confidence: string; sources: unknown[] } }>(
      `{ entity(id: "${entity.id}") { confidence sources { passage } } }`,
    );
    expect(data.entity).toEqual({ confidence: 'NONE', sources: [] });
    const { gaps } = await server.data<{ gaps: Gap[] }>(GAPS, { kinds: ['UNCONFIRMED_FACT'] });
    expect(gaps.map((g) => g.entity?.id)).not.toContain(entity.id);
  });
});
