import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { specValidator, type SpecSchema } from './spec-schemas.js';

/** One exchange of the session: the request OpenRefine sends, and what it needs of the answer. */
interface Step {
  step: string;
  request: { method: string; path: string; headers: Record<string, string>; form?: Record<string, string> };
  expect: {
    status: number;
    schema?: SpecSchema;
    /** The browser reads the answer from another origin (OpenRefine's own). */
    cors?: boolean;
    firstId?: string;
    includes?: string[];
    html?: string[];
    /** The type guessing OpenRefine does: the type most candidates have. */
    mostFrequentType?: string;
    /** Per query, the entity OpenRefine auto-matches (`match: true` on the first candidate), or null. */
    matches?: Record<string, string | null>;
    cells?: Record<string, Record<string, unknown[]>>;
  };
}

const session = JSON.parse(readFileSync('test/fixtures/openrefine-session.json', 'utf8')) as {
  steps: Step[];
};
const spec = specValidator();

type Candidate = { id: string; match?: boolean; type: { id: string }[] };

/**
 * A session of OpenRefine with this service (test/fixtures/openrefine-session.json), replayed in
 * order: add the service, guess the column's type, suggest a type and a property, reconcile a
 * partner list written its own way with its Country column, search for a match, preview,
 * propose properties and extend. Each answer must satisfy the spec's schema and give OpenRefine
 * what it reads from it.
 */
describe('an OpenRefine session, replayed', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ NODE_ENV: 'production' });
  });
  afterAll(() => server.close());

  it.each(session.steps.map((s, i) => [`${i + 1}. ${s.step}`, s] as const))(
    '%s',
    async (_name, { request, expect: want }) => {
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.form ? new URLSearchParams(request.form).toString() : undefined,
      });
      const text = await response.text();
      expect(response.status, text).toBe(want.status);
      if (want.cors) expect(response.headers.get('access-control-allow-origin')).toBe('*');
      if (want.html) for (const fragment of want.html) expect(text).toContain(fragment);
      if (!want.schema) return;
      const body = JSON.parse(text) as Record<string, unknown>;
      expect(spec.validate(want.schema, body)).toEqual([]);

      const result = body.result as { id: string }[] | undefined;
      if (want.firstId) expect(result?.[0]?.id).toBe(want.firstId);
      if (want.includes) {
        const properties = (body.properties as { id: string }[]).map((p) => p.id);
        expect(properties).toEqual(expect.arrayContaining(want.includes));
      }
      const batch = body as Record<string, { result: Candidate[] }>;
      if (want.mostFrequentType) {
        const counts = new Map<string, number>();
        for (const { result: candidates } of Object.values(batch))
          for (const c of candidates) for (const t of c.type) counts.set(t.id, (counts.get(t.id) ?? 0) + 1);
        const [top] = [...counts].sort((a, b) => b[1] - a[1]);
        expect(top?.[0]).toBe(want.mostFrequentType);
      }
      if (want.matches) {
        // OpenRefine auto-matches a row only when its first candidate says match: true.
        const matched = Object.fromEntries(
          Object.entries(batch).map(([key, { result: candidates }]) => [
            key,
            candidates[0]?.match ? candidates[0].id : null,
          ]),
        );
        expect(matched).toEqual(want.matches);
      }
      if (want.cells) {
        const rows = body.rows as Record<string, Record<string, unknown[]>>;
        for (const [id, cells] of Object.entries(want.cells)) expect(rows[id]).toMatchObject(cells);
      }
    },
  );
});
