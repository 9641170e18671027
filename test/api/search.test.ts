import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { EntityRecord } from '../../src/domain/dataset.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Hit {
  score: number;
  matchedOn: string[];
  entity: { id: string; kind: string; name: string; acronym: string | null };
}

/** Lower case, accents removed: how a person expects "Turkiye" to find "Türkiye". */
const plain = (text: string | null | undefined) =>
  (text ?? '')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

describe('search', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const search = async (query: string, extra = '') =>
    (
      await server.data<{ search: Hit[] }>(
        `query($query: String!) { search(query: $query ${extra}) { score matchedOn entity { id kind name acronym } } }`,
        { query },
      )
    ).search;
  const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);
  const byAcronym = (acronym: string): EntityRecord => {
    const found = server.dataset.entities.filter((e) => e.acronym === acronym && e.kind !== 'Collaboration');
    expect(found.length).toBe(1);
    return found[0]!;
  };

  it('finds the World Health Organization first for "WHO", although "who" is an English stop word', async () => {
    const hits = await search('WHO');
    expect(hits[0]?.entity.id).toBe(byAcronym('WHO').id);
    expect(hits[0]?.entity.name).toBe('World Health Organization');
    expect(hits[0]?.matchedOn).toContain('acronym');
  });

  it.each(['ILO', 'FAO', 'IPEC', 'UNESCO', 'IMO'])(
    'finds the entity whose acronym is %s first',
    async (acronym) => {
      const expected = byAcronym(acronym);
      const hits = await search(acronym);
      expect(hits[0]?.entity.id).toBe(expected.id);
      // ...also typed in lower case.
      expect((await search(acronym.toLowerCase()))[0]?.entity.id).toBe(expected.id);
    },
  );

  it('orders hits by score, best first', async () => {
    const hits = await search('labour inspection', ', first: 20');
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('is accent-insensitive: an accented name is found typed without accents, and the reverse', async () => {
    const accented = server.dataset.entities.filter(
      (e) => e.kind !== 'Collaboration' && plain(e.name) !== e.name.toLowerCase(),
    );
    expect(accented.length).toBeGreaterThan(0);
    for (const entity of accented) {
      const hits = await search(plain(entity.name));
      expect(ids(hits), `${plain(entity.name)} → ${entity.id}`).toContain(entity.id);
    }
    // An accented query finds an unaccented name.
    const education = server.dataset.entities.find((e) => e.kind === 'Sector' && e.name === 'Education')!;
    expect((await search('Éducation'))[0]?.entity.id).toBe(education.id);
    expect(ids(await search('sécurité sociale', ', first: 20'))).toContain('topic:social-security');
  });

  it('matches accented words in descriptions too', async () => {
    // A word only the description holds, typed with accents ("réintégration").
    const described = server.dataset.entities.find(
      (e) =>
        e.kind !== 'Collaboration' &&
        /\breintegration\b/i.test(e.description ?? '') &&
        !/reintegration/i.test(e.name),
    );
    expect(described).toBeDefined();
    const hits = await search('RÉINTÉGRATION');
    const hit = hits.find((h) => h.entity.id === described!.id);
    expect(hit?.matchedOn).toEqual(['description']);
  });

  it('is case-insensitive', async () => {
    const lower = ids(await search('child labour'));
    expect(ids(await search('CHILD LABOUR'))).toEqual(lower);
    expect(ids(await search('Child Labour'))).toEqual(lower);
    expect(lower).toContain('topic:child-labour');
  });

  it('finds by a prefix: "Agricul" finds the agriculture sector', async () => {
    const agriculture = server.dataset.entities.find(
      (e) => e.kind === 'Sector' && /^Agriculture/.test(e.name),
    )!;
    expect(ids(await search('Agricul'))).toContain(agriculture.id);
    expect((await search('Agricul', ', kinds: [SECTOR]'))[0]?.entity.id).toBe(agriculture.id);
  });

  it('forgives one typo: "UNESKO" finds UNESCO', async () => {
    const hits = await search('UNESKO');
    expect(hits[0]?.entity.id).toBe(byAcronym('UNESCO').id);
  });

  it('expands common abbreviations: "Intl Labour Org" finds the International Labour Organization first', async () => {
    const ilo = server.dataset.entities.find(
      (e) => e.kind === 'PartnerAgency' && e.name === 'International Labour Organization',
    )!;
    expect((await search('Intl Labour Org'))[0]?.entity.id).toBe(ilo.id);
  });

  it('kinds restricts hits to those kinds', async () => {
    const unrestricted = await search('labour', ', first: 50');
    expect(new Set(unrestricted.map((h) => h.entity.kind)).size).toBeGreaterThan(2);
    const restricted = await search('labour', ', first: 50, kinds: [INSTRUMENT, TOPIC]');
    expect(restricted.length).toBeGreaterThan(0);
    expect(new Set(restricted.map((h) => h.entity.kind))).toEqual(new Set(['INSTRUMENT', 'TOPIC']));
    // Restricting loses nothing of those kinds.
    const expected = unrestricted
      .filter((h) => ['INSTRUMENT', 'TOPIC'].includes(h.entity.kind))
      .map((h) => h.entity.id);
    expect(ids(restricted)).toEqual(expect.arrayContaining(expected));
    // WHO is an agency: restricted to sectors, it is not found.
    expect(ids(await search('WHO', ', kinds: [SECTOR]'))).not.toContain('agency:WHO');
  });

  it('takes a short acronym as that acronym, not as a prefix: "WHO" does not find Commerce through "wholesale"', async () => {
    const wholesale = server.dataset.entities.filter(
      (e) =>
        e.kind === 'Sector' &&
        /\bwholesale/i.test(`${e.name} ${e.description ?? ''} ${(e.aliases ?? []).join(' ')}`),
    );
    expect(wholesale.length).toBeGreaterThan(0);
    for (const query of ['WHO', 'who']) {
      const found = ids(await search(query, ', kinds: [SECTOR]'));
      for (const sector of wholesale) expect(found, `${query} → ${sector.id}`).not.toContain(sector.id);
    }
    // A word that is no acronym is still a prefix: "whole" finds the wholesale sector.
    expect(ids(await search('whole', ', kinds: [SECTOR]'))).toEqual(
      expect.arrayContaining(wholesale.map((e) => e.id)),
    );
  });

  it('first limits the number of hits', async () => {
    expect((await search('labour', ', first: 3')).length).toBe(3);
  });

  it('matchedOn names the fields that contain the query', async () => {
    const fields = (e: EntityRecord): Record<string, string[]> => ({
      name: [e.name],
      acronym: e.acronym ? [e.acronym] : [],
      aliases: e.aliases ?? [],
      description: e.description ? [e.description] : [],
    });
    for (const query of ['multifibre', 'fisheries', 'Réintégration', 'Better Work']) {
      const hits = await search(query, ', first: 20');
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(hit.matchedOn.length, `${query} → ${hit.entity.id}`).toBeGreaterThan(0);
        const record = server.dataset.entities.find((e) => e.id === hit.entity.id)!;
        const texts = fields(record);
        for (const field of hit.matchedOn) {
          expect(['name', 'acronym', 'aliases', 'description']).toContain(field);
          // The field holds at least one word of the query (or a near form of it).
          const words = plain(query).split(/\s+/);
          const stems = words.map((w) => w.slice(0, Math.max(3, w.length - 2)));
          expect(
            texts[field]!.some((t) => stems.some((s) => plain(t).includes(s))),
            `${query} → ${hit.entity.id}.${field}`,
          ).toBe(true);
        }
      }
    }
    const multifibre = (await search('multifibre')).find(
      (h) => h.entity.id === 'instrument:multi-fibre-arrangement',
    );
    expect(multifibre?.matchedOn).toContain('aliases');
    expect((await search('WHO'))[0]?.matchedOn).toContain('acronym');
  });

  it('finds collaborations when asked for them (kinds: [COLLABORATION]), and only then', async () => {
    const fao = await search('FAO', ', kinds: [COLLABORATION]');
    expect(ids(fao)).toContain('collaboration:fao-agriculture-fishing');
    expect(fao.every((h) => h.entity.kind === 'COLLABORATION')).toBe(true);
    // By words of its description: "joint research and advocacy" on the postal sector.
    expect(ids(await search('postal research', ', kinds: [COLLABORATION]'))[0]).toBe(
      'collaboration:upu-postal-sector',
    );
    // Without kinds, the entities themselves: FAO, not the collaborations naming it.
    const plainHits = await search('FAO', ', first: 50');
    expect(plainHits[0]?.entity.id).toBe('agency:FAO');
    expect(plainHits.some((h) => h.entity.kind === 'COLLABORATION')).toBe(false);
    // With other kinds beside it, both.
    const mixed = await search('FAO', ', kinds: [PARTNER_AGENCY, COLLABORATION]');
    expect(new Set(mixed.map((h) => h.entity.kind))).toEqual(new Set(['PARTNER_AGENCY', 'COLLABORATION']));
  });

  it('finds the new kinds by name: a person, a register, a field office', async () => {
    expect(ids(await search('Somavia'))[0]).toBe('person:juan-somavia');
    expect(ids(await search('Special List'))[0]).toBe('register:special-list');
    expect(ids(await search('Decent Work Teams'))[0]).toBe('field-office:decent-work-teams');
  });

  it.each([
    ['an empty query', ''],
    ['a blank query', '   '],
    ['a 201-character query', 'a'.repeat(201)],
  ])('refuses %s with BAD_USER_INPUT', async (_, query) => {
    const result = await server.gql(`query($query: String!) { search(query: $query) { score } }`, { query });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });

  it('accepts a 200-character query', async () => {
    const result = await server.gql(`query($query: String!) { search(query: $query) { score } }`, {
      query: 'labour '.repeat(29).slice(0, 200),
    });
    expect(result.errors).toBeUndefined();
  });

  it.each([0, 101])('refuses first = %i with BAD_USER_INPUT', async (first) => {
    const result = await server.gql(`{ search(query: "labour", first: ${first}) { score } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
