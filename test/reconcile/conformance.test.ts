import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ENTITY_KINDS } from '../../src/domain/entity-kind.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { specExamples, specValidator, type SpecSchema } from './spec-schemas.js';

const spec = specValidator();

/** What a client sees of an answer: status, headers and body (JSON when it is JSON). */
interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

type Errors = { errors: { message: string; extensions: { code: string; argument?: string } }[] };

describe('the reconciliation service (Reconciliation Service API 0.2)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function call(path: string, init: RequestInit = {}): Promise<Answer> {
    const response = await fetch(`${server.url}${path}`, init);
    const text = await response.text();
    let body: unknown = text;
    if (response.headers.get('content-type')?.includes('json')) body = JSON.parse(text) as unknown;
    return { status: response.status, headers: response.headers, body, text };
  }
  const form = (fields: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  /** Asserts the answer is 200 and valid against the spec's schema, and returns its body. */
  const valid = <T>(answer: Answer, schema: SpecSchema): T => {
    expect(answer.status, answer.text).toBe(200);
    expect(spec.validate(schema, answer.body)).toEqual([]);
    return answer.body as T;
  };
  const refusal = (answer: Answer, status = 400) => {
    expect(answer.status, answer.text).toBe(status);
    return (answer.body as Errors).errors[0]!;
  };
  const reconcile = async (queries: unknown) =>
    valid<
      Record<string, { result: { id: string; score: number; match: boolean; type: { id: string }[] }[] }>
    >(await call('/reconcile', form({ queries: JSON.stringify(queries) })), 'reconciliation-result-batch');

  it('checks with the spec’s schemas as the spec does: its valid examples pass, its invalid ones fail', () => {
    for (const kind of [
      'manifest',
      'reconciliation-query-batch',
      'reconciliation-result-batch',
      'data-extension-response',
    ] as const) {
      const { valid: ok, invalid } = specExamples(kind);
      expect(ok.length).toBeGreaterThan(0);
      for (const e of ok) expect(spec.validate(kind, e.data), `${kind}/${e.file}`).toEqual([]);
      for (const e of invalid) expect(spec.validate(kind, e.data), `${kind}/${e.file}`).not.toEqual([]);
    }
  });

  describe('manifest', () => {
    it('answers GET /reconcile with a manifest the schema accepts: every kind a default type, every URL on the address the client used', async () => {
      const manifest = valid<{
        versions: string[];
        defaultTypes: { id: string; name: string }[];
        view: { url: string };
        preview: { url: string; width: number; height: number };
        suggest: Record<string, { service_url: string; service_path: string }>;
        extend: { propose_properties: { service_url: string; service_path: string } };
        batchSize: number;
      }>(await call('/reconcile'), 'manifest');
      expect(manifest.versions).toEqual(['0.2']);
      expect(manifest.defaultTypes.map((t) => t.id)).toEqual([...ENTITY_KINDS]);
      expect(manifest.defaultTypes.find((t) => t.id === 'PartnerAgency')?.name).toBe('Partner agency');
      expect(manifest.view.url).toBe(`${server.url}/explore/entity/{{id}}`);
      expect(manifest.preview.url).toBe(`${server.url}/reconcile/preview?id={{id}}`);
      for (const kind of ['entity', 'type', 'property'])
        expect(manifest.suggest[kind]).toEqual({
          service_url: `${server.url}/reconcile`,
          service_path: `/suggest/${kind}`,
        });
      expect(manifest.extend.propose_properties.service_url).toBe(`${server.url}/reconcile`);
      expect(manifest.batchSize).toBe(100);
    });

    it('builds its URLs on PUBLIC_URL when it is set (a server behind a proxy)', async () => {
      const behind = await startTestServer({ PUBLIC_URL: 'https://ilo-graph.example.org/api/' });
      try {
        const response = await fetch(`${behind.url}/reconcile`);
        const manifest = (await response.json()) as { view: { url: string }; preview: { url: string } };
        expect(manifest.view.url).toBe('https://ilo-graph.example.org/api/explore/entity/{{id}}');
        expect(manifest.preview.url).toBe('https://ilo-graph.example.org/api/reconcile/preview?id={{id}}');
      } finally {
        await behind.close();
      }
    });
  });

  describe('reconciliation queries', () => {
    const { valid: validBatches, invalid: invalidBatches } = specExamples('reconciliation-query-batch');

    it.each(validBatches.map((e) => [e.file, e.data] as const))(
      'answers the spec’s valid example %s, form-encoded, in a query string and as JSON',
      async (_file, batch) => {
        const text = JSON.stringify(batch);
        const answers = [
          await call('/reconcile', form({ queries: text })),
          await call(`/reconcile?queries=${encodeURIComponent(text)}`),
          await call('/reconcile', json({ queries: batch })),
        ];
        for (const answer of answers) {
          const body = valid<Record<string, unknown>>(answer, 'reconciliation-result-batch');
          expect(Object.keys(body).sort()).toEqual(Object.keys(batch as object).sort());
          expect(answer.body).toEqual(answers[0]!.body);
        }
      },
    );

    it.each(invalidBatches.map((e) => [e.file, e.data] as const))(
      'refuses the spec’s invalid example %s with a 400 naming the query',
      async (_file, batch) => {
        const error = refusal(await call('/reconcile', form({ queries: JSON.stringify(batch) })));
        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.argument).toMatch(/^queries\.q\d/u);
        expect(error.message).toContain(error.extensions.argument!);
      },
    );

    it('matches names as partners write them, one match per name, each candidate typed with its kind', async () => {
      const results = await reconcile({
        q0: { query: 'OMS' },
        q1: { query: 'Intl Labour Org.' },
        q2: { query: 'Convention No. 138' },
        q3: { query: 'World Food Programme' },
      });
      expect(results.q0!.result[0]).toMatchObject({
        id: 'agency:WHO',
        match: true,
        type: [{ id: 'PartnerAgency' }],
      });
      expect(results.q1!.result[0]).toMatchObject({ id: 'agency:ILO', match: true });
      expect(results.q2!.result[0]).toMatchObject({
        id: 'instrument:C138',
        match: true,
        type: [{ id: 'Instrument' }],
      });
      expect(results.q3!.result.every((c) => !c.match)).toBe(true);
    });

    it('keeps to the types asked (type_strict any, the default, or all), lowers other kinds under should, honours limit', async () => {
      const results = await reconcile({
        any: { query: 'Education', type: ['Programme', 'Topic'] },
        should: { query: 'Education', type: 'Programme', type_strict: 'should', limit: 10 },
        all: { query: 'Education', type: ['Programme', 'Topic'], type_strict: 'all' },
        unknown: { query: 'Education', type: 'DifferentiatedPerson' },
        limited: { query: 'International', limit: 2 },
      });
      expect(results.any!.result.length).toBeGreaterThan(0);
      expect(results.any!.result.every((c) => ['Programme', 'Topic'].includes(c.type[0]!.id))).toBe(true);
      // The sector's name is exactly Education, but it is not a Programme: 1 - 0.4, not a match.
      expect(results.should!.result.find((c) => c.id === 'sector:education')).toMatchObject({
        score: 0.6,
        match: false,
      });
      expect(results.all!.result).toEqual([]);
      expect(results.unknown!.result).toEqual([]);
      expect(results.limited!.result.length).toBe(2);
    });

    it('compares properties the service knows (country, acronym, kind-specific fields) and passes over others', async () => {
      const results = await reconcile({
        country: { query: 'Action programme', properties: [{ pid: 'country', v: 'Marruecos' }] },
        entity: {
          query: 'Action programme',
          properties: [{ pid: 'country', v: { id: 'country:KG', name: 'Kyrgyzstan' } }],
        },
        acronymOnly: { properties: [{ pid: 'acronym', v: 'OMS' }] },
        field: {
          query: 'ILO',
          properties: [{ pid: 'agencyType', v: ['UN specialized agency', 'other IGO'] }],
        },
        unknown: { query: 'ILO', properties: [{ pid: 'professionOrOccupation', v: 'Politik*' }] },
      });
      expect(results.country!.result[0]!.id).toBe('programme:action-programme-textiles');
      expect(results.entity!.result[0]!.id).toBe('programme:action-programme-agriculture');
      expect(results.acronymOnly!.result[0]).toMatchObject({ id: 'agency:WHO', match: true });
      expect(results.field!.result[0]).toMatchObject({ id: 'agency:ILO', match: true });
      expect(results.unknown!.result[0]).toMatchObject({ id: 'agency:ILO', match: true });
    });

    it('explains each candidate with the matching features, and says where they are documented', async () => {
      const results = await reconcile({ q: { query: 'OMS' } });
      const candidate = results.q!.result[0] as unknown as { features: { id: string; value: number }[] };
      expect(candidate.features).toContainEqual({ id: 'acronym', value: 1 });
      const page = await call('/reconcile/features');
      expect(page.status).toBe(200);
      expect(page.text).toContain('<tr id="acronym">');
    });

    it('answers a batch with one store query', async () => {
      const before = await server.metrics.storeQueryCount();
      const batch = Object.fromEntries(
        ['OMS', 'F.A.O.', 'C182', 'Maroc', 'UNESCO', 'IPEC'].map((q, i) => [`q${i}`, { query: q }]),
      );
      await reconcile(batch);
      expect(await server.metrics.storeQueryCount()).toBe(before + 1);
    });

    it('refuses what is not a batch: bad JSON, an array, a limit out of range, both queries and extend, more than 100 queries', async () => {
      expect(refusal(await call('/reconcile', form({ queries: '{"q0": ' }))).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'queries',
      });
      expect(refusal(await call('/reconcile', form({ queries: '[]' }))).extensions.argument).toBe('queries');
      expect(
        refusal(
          await call('/reconcile', form({ queries: JSON.stringify({ q0: { query: 'WHO', limit: 0 } }) })),
        ).extensions.argument,
      ).toBe('queries.q0.limit');
      const properties = Array.from({ length: 21 }, () => ({ pid: 'country', v: 'Suisse' }));
      expect(
        refusal(
          await call('/reconcile', form({ queries: JSON.stringify({ q0: { query: 'WHO', properties } }) })),
        ).extensions.argument,
      ).toBe('queries.q0.properties');
      expect(refusal(await call('/reconcile', form({ queries: '{}', extend: '{}' }))).extensions.code).toBe(
        'BAD_USER_INPUT',
      );
      const tooMany = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, { query: 'WHO' }]));
      expect(
        refusal(await call('/reconcile', form({ queries: JSON.stringify(tooMany) })), 413).extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'queries',
      });
      expect(refusal(await call('/reconcile', { method: 'POST' })).extensions.argument).toBe('queries');
    });
  });

  describe('suggest', () => {
    it('suggests entities by prefix, typo or id, a page at a time, answers the schema accepts', async () => {
      const first = valid<{ result: { id: string; notable: { id: string }[] }[] }>(
        await call('/reconcile/suggest/entity?prefix=Intl%20Lab'),
        'suggest-entities-response',
      );
      expect(first.result[0]?.id).toBe('agency:ILO');
      const next = valid<{ result: { id: string }[] }>(
        await call('/reconcile/suggest/entity?prefix=Intl%20Lab&cursor=1'),
        'suggest-entities-response',
      );
      expect(next.result[0]?.id).toBe(first.result[1]?.id);
      const byId = valid<{ result: { id: string }[] }>(
        await call('/reconcile/suggest/entity?prefix=instrument:C182'),
        'suggest-entities-response',
      );
      expect(byId.result[0]?.id).toBe('instrument:C182');
      const typed = valid<{ result: { notable: { id: string }[] }[] }>(
        await call('/reconcile/suggest/entity?prefix=health&type=Sector'),
        'suggest-entities-response',
      );
      expect(typed.result.every((r) => r.notable[0]?.id === 'Sector')).toBe(true);
    });

    it('suggests types and properties (a type’s own when one is given)', async () => {
      const types = valid<{ result: { id: string }[] }>(
        await call('/reconcile/suggest/type?prefix=part'),
        'suggest-types-response',
      );
      expect(types.result.map((t) => t.id)).toEqual(['PartnerAgency', 'SocialPartner']);
      const properties = valid<{ result: { id: string }[] }>(
        await call('/reconcile/suggest/property?prefix=sec&type=PartnerAgency'),
        'suggest-properties-response',
      );
      expect(properties.result.map((p) => p.id)).toEqual(['sectors']);
    });

    it('refuses a suggest request without a prefix, or with a cursor out of range', async () => {
      expect(refusal(await call('/reconcile/suggest/entity')).extensions.argument).toBe('prefix');
      expect(refusal(await call('/reconcile/suggest/type?prefix=a&cursor=-1')).extensions.argument).toBe(
        'cursor',
      );
    });
  });

  describe('preview', () => {
    it('shows an entity as a small HTML card: kind, name, description, other names, links, the explorer', async () => {
      const answer = await call(`/reconcile/preview?id=${encodeURIComponent('agency:WHO')}`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(answer.text).toContain('<h1>World Health Organization</h1>');
      expect(answer.text).toContain('Partner agency · WHO');
      expect(answer.text).toContain('Organisation mondiale de la Santé (fr)');
      expect(answer.text).toContain(`href="${server.url}/explore/entity/agency%3AWHO"`);
      expect(answer.text).not.toContain('<script');
    });

    it('escapes what it shows and answers 404 for an unknown id', async () => {
      const answer = await call(
        `/reconcile/preview?id=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      );
      expect(answer.status).toBe(404);
      expect(answer.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(answer.text).not.toContain('<img');
    });
  });

  describe('data extension', () => {
    it('proposes the properties of a type, those a spreadsheet user pulls first leading', async () => {
      const proposal = valid<{ type: string; properties: { id: string }[] }>(
        await call('/reconcile/extend/propose?type=PartnerAgency&limit=5'),
        'data-extension-property-proposal',
      );
      expect(proposal.properties.map((p) => p.id)).toEqual([
        'kind',
        'acronym',
        'sectors',
        'country',
        'agencyType',
      ]);
      const programme = valid<{ properties: { id: string }[] }>(
        await call('/reconcile/extend/propose?type=Programme'),
        'data-extension-property-proposal',
      );
      expect(programme.properties.map((p) => p.id)).toEqual(
        expect.arrayContaining(['partners', 'year', 'countries']),
      );
    });

    it.each(specExamples('data-extension-query').valid.map((e) => [e.file, e.data] as const))(
      'answers the spec’s valid example %s with a row per id (no values for what it does not know)',
      async (_file, query) => {
        const body = valid<{ rows: Record<string, Record<string, unknown[]>> }>(
          await call('/reconcile', form({ extend: JSON.stringify(query) })),
          'data-extension-response',
        );
        expect(Object.keys(body.rows).sort()).toEqual([...(query as { ids: string[] }).ids].sort());
      },
    );

    it('fetches what a spreadsheet user pulls: acronym, kind, sectors, partners, country, year', async () => {
      const body = valid<{
        meta: { id: string; type?: { id: string } }[];
        rows: Record<string, Record<string, unknown[]>>;
      }>(
        await call(
          '/reconcile',
          form({
            extend: JSON.stringify({
              ids: [
                'agency:FAO',
                'programme:ipec-sialkot',
                'sector:health-services',
                'country:MA',
                'agency:unknown',
              ],
              properties: [
                { id: 'acronym' },
                { id: 'kind' },
                { id: 'sectors' },
                { id: 'partners' },
                { id: 'country' },
                { id: 'year' },
              ],
            }),
          }),
        ),
        'data-extension-response',
      );
      expect(body.meta.find((m) => m.id === 'sectors')?.type?.id).toBe('Sector');
      expect(body.rows['agency:FAO']).toMatchObject({
        acronym: [{ str: 'FAO' }],
        kind: [{ str: 'Partner agency' }],
        sectors: expect.arrayContaining([
          {
            id: 'sector:agriculture-plantations-other-rural-sectors',
            name: 'Agriculture; plantations; other rural sectors',
          },
        ]),
      });
      expect(body.rows['programme:ipec-sialkot']).toMatchObject({
        country: [{ id: 'country:PK', name: 'Pakistan' }],
        year: [{ int: 1997 }],
      });
      expect(body.rows['sector:health-services']!.partners).toEqual(
        expect.arrayContaining([{ id: 'agency:WHO', name: 'World Health Organization' }]),
      );
      expect(body.rows['country:MA']!.country).toEqual([{ id: 'country:MA', name: 'Morocco' }]);
      expect(Object.values(body.rows['agency:unknown']!)).toEqual([[], [], [], [], [], []]);
    });

    it('keeps to a limit of values per cell, and refuses a query the schema refuses', async () => {
      const body = valid<{ rows: Record<string, Record<string, unknown[]>> }>(
        await call(
          '/reconcile',
          form({
            extend: JSON.stringify({
              ids: ['agency:FAO'],
              properties: [{ id: 'sectors', settings: { limit: '1' } }],
            }),
          }),
        ),
        'data-extension-response',
      );
      expect(body.rows['agency:FAO']!.sectors).toHaveLength(1);
      expect(
        refusal(await call('/reconcile', form({ extend: JSON.stringify({ ids: 'agency:FAO' }) }))).extensions
          .argument,
      ).toBe('extend.ids');
    });
  });

  describe('HTTP', () => {
    it('answers CORS for every endpoint and any origin, errors included', async () => {
      const origin = 'https://cocoda.example.org';
      const preflight = await call('/reconcile', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      for (const path of [
        '/reconcile',
        '/reconcile/suggest/entity?prefix=who',
        '/reconcile/preview?id=agency%3AWHO',
        '/reconcile/suggest/entity',
      ]) {
        const answer = await call(path, { headers: { origin } });
        expect(answer.headers.get('access-control-allow-origin'), path).toBe('*');
      }
    });

    it('refuses JSONP, other methods, unknown endpoints and bodies over MAX_BODY_BYTES, in the server’s error shape', async () => {
      expect(refusal(await call('/reconcile?callback=cb')).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'callback',
      });
      const put = await call('/reconcile', { method: 'PUT' });
      expect(refusal(put, 405).extensions.code).toBe('BAD_REQUEST');
      expect(put.headers.get('allow')).toBe('GET, POST');
      expect(refusal(await call('/reconcile/nothing-here'), 404).extensions.code).toBe('NOT_FOUND');
      const big = form({
        queries: JSON.stringify({ q0: { query: 'x'.repeat(server.config.limits.maxBodyBytes) } }),
      });
      expect(refusal(await call('/reconcile', big), 413).extensions.code).toBe('BAD_REQUEST');
    });
  });
});
