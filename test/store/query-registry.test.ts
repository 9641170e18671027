import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { QueryRegistry } from '../../src/store/query-registry.js';

describe('QueryRegistry (cypher/ files loaded by name at start-up)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-cypher-'));
  mkdirSync(join(dir, 'kuzu'));
  writeFileSync(join(dir, 'shared.cypher'), '// shared: a header\nMATCH (n) RETURN n');
  writeFileSync(join(dir, 'kuzu', 'shared.cypher'), '// shared (Kuzu): the dialect twin\nRETURN 1');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails at construction naming a query that has no file, and where it looked', () => {
    expect(() => new QueryRegistry('neo4j', ['shared', 'missing-query'], dir)).toThrow(
      /missing-query.*missing-query\.cypher/,
    );
  });

  it('prefers the dialect file over the shared one, and strips the header comments', () => {
    expect(new QueryRegistry('kuzu', ['shared'], dir).text('shared')).toBe('RETURN 1');
    expect(new QueryRegistry('neo4j', ['shared'], dir).text('shared')).toBe('MATCH (n) RETURN n');
  });
});
