import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MATCH_FEATURES } from '../../src/matching/features.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Feature {
  feature: string;
  value: number;
  weight: number;
  contribution: number;
  detail: string;
}
interface Candidate {
  score: number;
  match: boolean;
  entity: { id: string; kind: string; name: string };
  features: Feature[];
}
interface Result {
  name: string;
  candidates: Candidate[];
  matched: { entity: { id: string } } | null;
}

const MATCH = `query($inputs: [MatchInput!]!, $first: Int) {
  match(inputs: $inputs, first: $first) {
    name
    candidates { score match entity { id kind name } features { feature value weight contribution detail } }
    matched { entity { id } }
  }
}`;

describe('match', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const match = async (inputs: Record<string, unknown>[], first?: number) =>
    (await server.data<{ match: Result[] }>(MATCH, { inputs, first })).match;
  const refusal = async (inputs: unknown, first?: number) => {
    const response = await server.gql(MATCH, { inputs, first });
    expect(response.data).toBeNull();
    return response.errors?.[0]?.extensions;
  };

  it('answers a batch in order: each name as partners write it, with the entity it is', async () => {
    const names = [
      'Intl Labour Org.',
      'OMS',
      'F.A.O.',
      'Convention No. 138',
      "Organisation des Nations Unies pour l'éducation, la science et la culture",
      'World Helth Organization',
    ];
    const results = await match(names.map((name) => ({ name })));
    expect(results.map((r) => r.name)).toEqual(names);
    expect(results.map((r) => r.matched?.entity.id)).toEqual([
      'agency:ILO',
      'agency:WHO',
      'agency:FAO',
      'instrument:C138',
      'agency:UNESCO',
      'agency:WHO',
    ]);
    for (const r of results) {
      expect(r.candidates[0]?.match).toBe(true);
      expect(r.candidates.slice(1).every((c) => !c.match)).toBe(true);
      for (let i = 1; i < r.candidates.length; i++)
        expect(r.candidates[i - 1]!.score).toBeGreaterThanOrEqual(r.candidates[i]!.score);
    }
  });

  it('explains every candidate feature by feature, the strongest name feature making the score', async () => {
    const [oms] = await match([{ name: 'OMS' }]);
    const best = oms!.candidates[0]!;
    expect(best.features.map((f) => f.feature)).toEqual(MATCH_FEATURES.map((f) => f.id.toUpperCase()));
    const acronym = best.features.find((f) => f.feature === 'ACRONYM')!;
    expect(acronym).toEqual({
      feature: 'ACRONYM',
      value: 1,
      weight: 0.93,
      contribution: 0.93,
      detail: 'French acronym "OMS"',
    });
    expect(best.score).toBe(0.93);
    const [typo] = await match([{ name: 'World Helth Organization' }]);
    const similarity = typo!.candidates[0]!.features.find((f) => f.feature === 'TOKEN_SIMILARITY')!;
    expect(similarity.value).toBeCloseTo(0.9667, 4);
    expect(similarity.detail).toBe('0.9667 with name "World Health Organization"');
    expect(typo!.candidates[0]!.score).toBeCloseTo(0.87, 4);
  });

  it('says no match when nothing is clearly the one, and lists nothing for a name the graph lacks', async () => {
    const [wfp, undp, labour] = await match([
      { name: 'World Food Programme' },
      { name: 'UNDP' },
      { name: 'Labour Organization' },
    ]);
    expect(wfp!.matched).toBeNull();
    expect(wfp!.candidates.every((c) => !c.match && c.score < 0.85)).toBe(true);
    expect(undp!.candidates).toEqual([]);
    // Close to the ILO's name, but not close enough to be sure.
    expect(labour!.candidates[0]?.entity.id).toBe('agency:ILO');
    expect(labour!.matched).toBeNull();
  });

  it('never lets a short acronym match by prefix or by a typo', async () => {
    const [un, imf, who] = await match([{ name: 'UN' }, { name: 'IMF' }, { name: 'WHO' }], 10);
    expect(un!.matched?.entity.id).toBe('agency:UN');
    expect(un!.candidates.map((c) => c.entity.id)).not.toContain('agency:UNESCO');
    expect(imf!.candidates.map((c) => c.entity.id)).toEqual(['agency:IMF']);
    expect(who!.candidates.map((c) => c.entity.id)).toEqual(['agency:WHO']);
  });

  it('lowers a candidate of another kind than the one expected, and keeps to the kinds asked for', async () => {
    const [expected, filtered] = await match([
      { name: 'Education', kind: 'PROGRAMME' },
      { name: 'Education', kinds: ['PROGRAMME', 'TOPIC'] },
    ]);
    const sector = expected!.candidates.find((c) => c.entity.id === 'sector:education')!;
    expect(sector.features.find((f) => f.feature === 'KIND_AGREEMENT')).toMatchObject({
      value: -1,
      contribution: -0.4,
      detail: 'a Sector, not a Programme',
    });
    expect(sector.score).toBeCloseTo(0.6, 4);
    expect(expected!.matched).toBeNull();
    expect(filtered!.candidates.every((c) => ['PROGRAMME', 'TOPIC'].includes(c.entity.kind))).toBe(true);
  });

  it('raises a candidate whose country, year or field agrees and lowers one that disagrees', async () => {
    const [morocco, kyrgyzstan, year, field] = await match(
      [
        { name: 'Action programme', country: 'Maroc' },
        { name: 'Action programme', country: 'KG' },
        { name: 'Minimum Age Convention', year: 1999 },
        { name: 'ILO', fields: [{ field: 'agencyType', value: 'UN specialized agency' }] },
      ],
      5,
    );
    expect(morocco!.candidates[0]!.entity.id).toBe('programme:action-programme-textiles');
    expect(morocco!.candidates[0]!.features.find((f) => f.feature === 'HINT_AGREEMENT')).toMatchObject({
      value: 1,
      contribution: 0.05,
      detail: 'country "Maroc" agrees (Morocco)',
    });
    expect(kyrgyzstan!.candidates[0]!.entity.id).toBe('programme:action-programme-agriculture');
    const c138 = year!.candidates.find((c) => c.entity.id === 'instrument:C138')!;
    expect(c138.features.find((f) => f.feature === 'HINT_AGREEMENT')).toMatchObject({
      value: -1,
      contribution: -0.3,
      detail: 'year 1999 disagrees (1973)',
    });
    expect(year!.matched).toBeNull();
    expect(field!.matched?.entity.id).toBe('agency:ILO');
    expect(field!.candidates[0]!.score).toBe(0.98);
  });

  it('leaves the choice open when a year given is another candidate’s, not when a weaker one shares the country', async () => {
    const [conference, migration] = await match([
      // The Conference has no year; its 95th Session (2006) has this one.
      { name: 'International Labour Conference', year: 2006 },
      // The IOM has no country in the graph; the ILO, a weaker candidate, is located in Switzerland.
      { name: 'International Organisation for Migration', country: 'Switzerland' },
    ]);
    expect(conference!.candidates[0]!.entity.id).toBe('meeting:international-labour-conference');
    expect(conference!.matched).toBeNull();
    expect(migration!.matched?.entity.id).toBe('agency:IOM');
  });

  it('costs one store query for a batch of a hundred names, whatever the candidates', async () => {
    const names = ['OMS', 'Intl Labour Org.', 'C182', 'Maroc', 'UNESCO'];
    const inputs = Array.from({ length: 100 }, (_, i) => ({ name: names[i % names.length]! }));
    const before = await server.metrics.storeQueryCount();
    const results = await match(inputs);
    expect(await server.metrics.storeQueryCount()).toBe(before + 1);
    expect(results).toHaveLength(100);
    expect(results.every((r) => r.matched !== null)).toBe(true);
  });

  it('takes any text as a name: Lucene syntax and Cypher fragments are only words', async () => {
    const names = [
      '*:*',
      '") DETACH DELETE n //',
      'name~2^10 OR title:(a AND b)',
      '\\',
      'NOT who',
      '%%%',
      '🙂 ILO',
    ];
    const stats = '{ stats { totalEntities totalRelationships } }';
    const before = await server.data(stats);
    const results = await match(names.map((name) => ({ name, acronym: name, country: name })));
    expect(results).toHaveLength(names.length);
    expect(results[6]!.candidates[0]?.entity.id).toBe('agency:ILO');
    expect(await server.data(stats)).toEqual(before);
  });

  it('is priced by its work: a hundred names with ten candidates and every feature each is too much', async () => {
    const inputs = Array.from({ length: 100 }, () => ({ name: 'WHO' }));
    const response = await server.gql(MATCH, { inputs, first: 10 });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    // The same names with their three best candidates fit (see the hundred names above).
  });

  it('refuses an empty or oversized batch, an empty name, a candidate count out of range, an unknown field', async () => {
    const before = await server.metrics.storeQueryCount();
    expect(await refusal([])).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'inputs' });
    expect(await refusal(Array.from({ length: 101 }, () => ({ name: 'WHO' })))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'inputs',
    });
    expect(await refusal([{ name: 'WHO' }, { name: '   ' }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'inputs[1].name',
    });
    expect(await refusal([{ name: 'x'.repeat(201) }])).toMatchObject({ argument: 'inputs[0].name' });
    expect(await refusal([{ name: 'WHO' }], 0)).toMatchObject({ argument: 'first' });
    expect(await refusal([{ name: 'WHO' }], 11)).toMatchObject({ argument: 'first' });
    expect(await refusal([{ name: 'WHO', fields: [{ field: 'colour', value: 'blue' }] }])).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'inputs[0].fields[0].field',
    });
    const fields = Array.from({ length: 21 }, () => ({ field: 'year', value: '1999' }));
    expect(await refusal([{ name: 'WHO', fields }])).toMatchObject({ argument: 'inputs[0].fields' });
    // Refused before reaching the store.
    expect(await server.metrics.storeQueryCount()).toBe(before);
  });
});
