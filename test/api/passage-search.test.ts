import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Range {
  start: number;
  end: number;
}
interface Hit {
  score: number;
  passage: { id: string; label: string; text: string };
  document: { id: string; name: string };
  highlights: { text: string; start: number; matches: Range[] }[];
  citedBy: {
    subject: { id: string };
    relation: string | null;
    object: { id: string } | null;
    statement: { id: string; value: { text: string } } | null;
    field: string | null;
    quote: string;
  }[];
}

const HIT = `score passage { id label text } document { id name }
  highlights { text start matches { start end } }
  citedBy { subject { id } relation object { id } statement { id value { text } } field quote }`;

/** Lower case, accents removed, punctuation a space: how a reader compares words. */
const plainWords = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();

describe('passages(query:): full-text search over the passages themselves', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const passages = async (query: string, args = '') =>
    (
      await server.data<{ passages: Hit[] }>(
        `query($query: String!) { passages(query: $query ${args}) { ${HIT} } }`,
        { query },
      )
    ).passages;
  const code = async (query: string, args = '') => {
    const result = await server.gql(`query($query: String!) { passages(query: $query ${args}) { score } }`, {
      query,
    });
    return { code: result.errors?.[0]?.extensions?.code, argument: result.errors?.[0]?.extensions?.argument };
  };

  it('finds a phrase that occurs only inside a passage, with its document and text', async () => {
    const [hit, ...rest] = await passages('"educated 10,572 students"');
    expect(rest).toEqual([]);
    expect(hit!.passage.id).toBe('004#extent-of-collaboration');
    expect(hit!.document.id).toBe('document:004');
    expect(hit!.passage.text).toContain('educated 10,572 students');
    expect(hit!.score).toBeGreaterThan(0);
  });

  it('highlights the matches: each range covers the words as written, across a line break and hyphenation', async () => {
    const [hit] = await passages('"sub-Saharan Africa" devastating');
    expect(hit).toBeDefined();
    const marked = hit!.highlights.flatMap((h) => h.matches.map((m) => h.text.slice(m.start, m.end)));
    // The passage breaks the word at a line end: "sub- Saharan Africa".
    expect(marked).toContain('sub- Saharan Africa');
    expect(marked).toContain('devastating');
    for (const h of hit!.highlights) {
      // A fragment is a piece of the passage text, found at the offset it gives.
      expect(hit!.passage.text.slice(h.start, h.start + h.text.length)).toBe(h.text);
      expect(h.matches.length).toBeGreaterThan(0);
    }
  });

  it('is case- and accent-insensitive, and matches a word as a prefix', async () => {
    const accented = await passages('SOMAVÍA');
    const plain = await passages('somavia');
    expect(accented.map((h) => h.passage.id)).toEqual(plain.map((h) => h.passage.id));
    expect(plain.map((h) => h.passage.id)).toEqual(['004#core-areas']);
    const prefix = await passages('Sialk', ', first: 20');
    expect(prefix.map((h) => h.passage.id)).toContain('004#extent-of-collaboration');
    const marked = prefix[0]!.highlights.flatMap((h) => h.matches.map((m) => h.text.slice(m.start, m.end)));
    expect(marked.every((m) => m.startsWith('Sialk'))).toBe(true);
  });

  it('gives each hit the facts citing its passage: entities, links and statements, as passage.citedBy does', async () => {
    const [hit] = await passages('"255 non-formal education centres"');
    expect(hit!.passage.id).toBe('004#extent-of-collaboration');
    const statements = hit!.citedBy.filter((f) => f.statement !== null);
    expect(statements.map((f) => f.statement!.id)).toContain(
      'programme:ipec-sialkot/non-formal-education-centres',
    );
    expect(
      statements.find((f) => f.statement!.id.endsWith('/non-formal-education-centres'))!.statement!.value
        .text,
    ).toBe('255 centres');
    expect(hit!.citedBy.some((f) => f.relation === 'PART_OF' && f.object?.id === 'programme:ipec')).toBe(
      true,
    );
    // The year the page states is told apart from the project as a whole.
    expect(hit!.citedBy.some((f) => f.subject.id === 'programme:ipec-sialkot' && f.field === 'year')).toBe(
      true,
    );
    const same = await server.data<{ passage: { citedBy: unknown[] } }>(
      `{ passage(id: "004#extent-of-collaboration") { citedBy { subject { id } relation object { id } statement { id value { text } } field quote } } }`,
    );
    expect(hit!.citedBy).toEqual(same.passage.citedBy);
  });

  it('answers a cross-document question the entity search cannot: which passages speak of migrant workers in construction', async () => {
    const hits = await passages('migra construction', ', first: 50');
    expect(hits.length).toBeGreaterThan(1);
    const documents = new Set(hits.map((h) => h.document.id));
    expect(documents.has('document:002')).toBe(true);
    for (const hit of hits) {
      const words = plainWords(hit.passage.text).split(' ');
      expect(
        words.some((w) => w.startsWith('migra')),
        hit.passage.id,
      ).toBe(true);
      expect(
        words.some((w) => w.startsWith('construction')),
        hit.passage.id,
      ).toBe(true);
    }
  });

  it('restricts to the documents given, and to first hits, best first', async () => {
    const all = await passages('child labour', ', first: 100');
    const only = await passages('child labour', ', first: 100, documents: ["document:003", "document:004"]');
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((h) => ['document:003', 'document:004'].includes(h.document.id))).toBe(true);
    expect(only.length).toBeLessThan(all.length);
    const three = await passages('child labour', ', first: 3');
    expect(three.map((h) => h.passage.id)).toEqual(all.slice(0, 3).map((h) => h.passage.id));
    expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('searches the reference tables too: a row is a passage', async () => {
    const hits = await passages('"Minority Rights Group"', ', documents: ["document:ref-ngos"], first: 50');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.passage.id.startsWith('ref-ngos#'))).toBe(true);
  });

  it('finds nothing for words no passage holds, and for punctuation alone', async () => {
    expect(await passages('xyzzyq')).toEqual([]);
    expect(await passages('?!*')).toEqual([]);
  });

  describe('bad input', () => {
    it('refuses an empty or over-long query with BAD_USER_INPUT naming it', async () => {
      expect(await code('   ')).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
      expect(await code('x'.repeat(201))).toEqual({ code: 'BAD_USER_INPUT', argument: 'query' });
    });

    it('refuses first outside 1 to the page size', async () => {
      expect(await code('labour', ', first: 0')).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(await code('labour', `, first: ${server.config.limits.maxPageSize + 1}`)).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    });

    it('refuses a document id that names nothing (NOT_FOUND) or another kind (BAD_USER_INPUT)', async () => {
      expect(await code('labour', ', documents: ["document:999"]')).toEqual({
        code: 'NOT_FOUND',
        argument: 'documents',
      });
      expect(await code('labour', ', documents: ["agency:WHO"]')).toEqual({
        code: 'BAD_USER_INPUT',
        argument: 'documents',
      });
    });
  });
});
