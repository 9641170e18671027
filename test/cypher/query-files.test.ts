import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { ENTITY_TABLE, LINK_TABLE, PASSAGE_TABLE, type Column } from '../../src/store/graph-schema.js';
import {
  BOUNDED_PATH_QUERIES,
  DIALECT_ONLY_QUERIES,
  MAX_PATH_HOPS,
  QUERY_NAMES,
  shortestPathsWithin,
} from '../../src/store/query-names.js';
import {
  CYPHER_DIR,
  hopBoundedVariants,
  QueryRegistry,
  queryFile,
  type Dialect,
} from '../../src/store/query-registry.js';

const DIALECTS: readonly Dialect[] = ['kuzu', 'neo4j'];

/** Every .cypher file under cypher/, with the dialect folder it sits in (undefined: shared). */
function cypherFiles(dir = CYPHER_DIR): { path: string; name: string; dialect: string | undefined }[] {
  const files: { path: string; name: string; dialect: string | undefined }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
    const path = join(entry.parentPath, entry.name);
    const folder = relative(CYPHER_DIR, entry.parentPath);
    files.push({
      path,
      name: entry.name.slice(0, -'.cypher'.length),
      dialect: folder === '' ? undefined : folder,
    });
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

const namesOf = (dialect: Dialect): string[] => [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES[dialect]];

describe('query files', () => {
  it('finds the files', () => {
    expect(cypherFiles().length).toBeGreaterThanOrEqual(QUERY_NAMES.length);
  });

  it.each(DIALECTS)('every query name resolves for %s', (dialect) => {
    for (const name of namesOf(dialect))
      expect(queryFile(name, dialect), `${name} (${dialect})`).toBeDefined();
    const registry = new QueryRegistry(dialect, namesOf(dialect));
    expect(registry.names().sort()).toEqual([...namesOf(dialect), ...BOUNDED_PATH_QUERIES].sort());
    for (const name of registry.names()) expect(registry.text(name), name).not.toBe('');
  });

  it.each(DIALECTS)(
    'derives one path search per hop bound for %s, differing only in the bound',
    (dialect) => {
      const registry = new QueryRegistry(dialect, namesOf(dialect));
      const base = registry.text('shortest-paths');
      for (let hops = 1; hops <= MAX_PATH_HOPS; hops++) {
        const text = registry.text(shortestPathsWithin(hops));
        expect(text).toContain(`..${hops}]`);
        expect(text.replace(`..${hops}]`, `..${MAX_PATH_HOPS}]`)).toBe(base);
      }
      expect(() => shortestPathsWithin(0)).toThrow(RangeError);
      expect(() => shortestPathsWithin(MAX_PATH_HOPS + 1)).toThrow(RangeError);
    },
  );

  it('refuses a shortest-paths text whose hop bound is missing or written twice', () => {
    expect(() => hopBoundedVariants('MATCH p = (a)-[:LINK*..5]-(b) RETURN p')).toThrow(/exactly once/);
    expect(() => hopBoundedVariants('MATCH p = (a)-[:LINK*..6]-(b)-[:LINK*..6]-(c) RETURN p')).toThrow(
      /exactly once/,
    );
  });

  it('has no duplicate names', () => {
    const all = [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES.kuzu, ...DIALECT_ONLY_QUERIES.neo4j];
    expect(new Set(all).size).toBe(all.length);
  });

  it('has no orphan file: each is a registered query of its dialect (or of some dialect, when shared)', () => {
    const orphans = cypherFiles()
      .filter(({ name, dialect }) => {
        if (dialect === undefined) return !DIALECTS.some((d) => namesOf(d).includes(name));
        if (!(DIALECTS as readonly string[]).includes(dialect)) return true;
        return !namesOf(dialect as Dialect).includes(name);
      })
      .map(({ path }) => relative(CYPHER_DIR, path));
    expect(orphans).toEqual([]);
  });

  it('has no shared file overridden by every dialect (dead text)', () => {
    const dead = cypherFiles()
      .filter(({ dialect }) => dialect === undefined)
      .filter(({ name, path }) =>
        DIALECTS.every((d) => !namesOf(d).includes(name) || queryFile(name, d) !== path),
      )
      .map(({ name }) => name);
    expect(dead).toEqual([]);
  });

  it('every file starts with a `// <name>:` header naming itself, then a `// params:` line', () => {
    const problems: string[] = [];
    for (const { path, name } of cypherFiles()) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const file = relative(CYPHER_DIR, path);
      if (!new RegExp(`^// ${name}( \\([^)]*\\))?: \\S`).test(lines[0] ?? '')) {
        problems.push(`${file}: first line should be "// ${name}: <what it does>", is "${lines[0]}"`);
      }
      const header = lines.slice(
        0,
        lines.findIndex((line) => !line.startsWith('//')),
      );
      if (!header.some((line) => /^\/\/ params: \S/.test(line))) {
        problems.push(`${file}: no "// params:" line in its header comment`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('upserts write every column', () => {
    /**
     * The properties a query assigns from its row (`<var>.<column> = row.<column>`), or for a
     * link's `fromKind` and `toKind`, from its ends (`r.fromKind = a.kind`).
     */
    function assigned(text: string, variable: string): string[] {
      return [
        ...text.matchAll(new RegExp(`\\b${variable}\\.(\\w+)\\s*=\\s*(?:row\\.(\\w+)|(a|b)\\.kind\\b)`, 'g')),
      ]
        .filter(
          (m) =>
            m[1] === m[2] || (m[1] === 'fromKind' && m[3] === 'a') || (m[1] === 'toKind' && m[3] === 'b'),
        )
        .map((m) => m[1] as string);
    }
    const cases: [string, string, readonly Column[]][] = [
      ['upsert-entities', 'n', ENTITY_TABLE.columns],
      ['upsert-links', 'r', LINK_TABLE.columns],
      ['upsert-passages', 'p', PASSAGE_TABLE.columns],
    ];

    it.each(DIALECTS)('on %s', (dialect) => {
      const registry = new QueryRegistry(
        dialect,
        cases.map(([name]) => name),
      );
      for (const [name, variable, columns] of cases) {
        const text = registry.text(name);
        const expected = columns.map((c) => c.name).filter((c) => c !== 'id');
        expect(assigned(text, variable).sort(), `${name} (${dialect}) must SET every column but id`).toEqual(
          expected.sort(),
        );
        // The key is matched on, never SET: MERGE on row.id.
        expect(text, name).toMatch(/MERGE .*\{id: row\.id\}/);
      }
    });
  });
});
