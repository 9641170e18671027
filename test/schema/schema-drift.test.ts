import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { printSchemaFile } from '../../src/api/print-schema.js';

describe('schema/schema.graphql', () => {
  it('is exactly what the code-first schema emits (run `npm run emit-schema` after an API change)', async () => {
    const checkedIn = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(checkedIn).toBe(await printSchemaFile());
  });

  it('keeps the public contract of DESIGN.md section 4', async () => {
    const { getSchema } = await import('../../src/api/build-schema.js');
    const schema = await getSchema();
    const query = schema.getQueryType()!.getFields();
    const signature = (name: string) => {
      const f = query[name]!;
      // Arguments are named, so their order is not part of the contract: compare them sorted.
      const args = f.args.map((a) => `${a.name}: ${a.type.toString()}`).sort();
      return `${name}(${args.join(', ')}): ${f.type.toString()}`;
    };
    expect(signature('node')).toBe('node(id: ID!): Node');
    expect(signature('nodes')).toBe('nodes(ids: [ID!]!): [Node]!');
    expect(signature('search')).toBe(
      'search(first: Int, kinds: [EntityKind!], query: String!): [SearchHit!]!',
    );
    expect(signature('collaborations')).toBe(
      'collaborations(after: String, first: Int, where: CollaborationWhere): CollaborationConnection!',
    );
    expect(signature('connections')).toBe(
      'connections(first: Int, from: ID!, maxHops: Int, to: ID!): [GraphPath!]!',
    );
    expect(signature('gaps')).toBe('gaps(kinds: [GapKind!]): [Gap!]!');
    expect(query.stats).toBeDefined();
    for (const list of [
      'sectors',
      'instruments',
      'departments',
      'programmes',
      'partnerAgencies',
      'ngos',
      'topics',
      'countries',
      'regions',
    ]) {
      expect(query[list]?.args.map((a) => a.name).sort()).toEqual(['after', 'first', 'orderBy', 'where']);
    }
    const sdl = await printSchemaFile();
    expect(sdl).toContain('interface Entity implements Node');
    expect(sdl).toMatch(/type Citation \{[^}]*document: Document![^}]*passage: String![^}]*quote: String!/s);
  });

  it('documents every type, field and argument', async () => {
    const { getSchema } = await import('../../src/api/build-schema.js');
    const schema = await getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undocumented).toEqual([]);
  });
});
