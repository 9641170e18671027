import {
  lintCypherQuery,
  testData,
  type DbSchema,
  type SyntaxDiagnostic,
} from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';

import { LINK_TABLE, NODE_TABLES, REL_TABLES } from '../../src/store/graph-schema.js';
import { neo4jSchemaStatements } from '../../src/store/neo4j/neo4j-ddl.js';
import { BOUNDED_PATH_QUERIES, DIALECT_ONLY_QUERIES, QUERY_NAMES } from '../../src/store/query-names.js';
import { QueryRegistry } from '../../src/store/query-registry.js';

/**
 * Neo4j cannot run on our machines, so every statement the Neo4j adapter sends is checked
 * offline by Neo4j's own Cypher front end (parser and semantic analysis, compiled to JS) from
 * `@neo4j-cypher/language-support`: syntax errors, undefined variables, undeclared parameters,
 * and functions or procedures Neo4j does not have (such as Kuzu's `label()`). See DESIGN.md §6.
 */

// Errors are diagnostics of severity 1 (vscode-languageserver-types DiagnosticSeverity.Error).
const ERROR = 1;

/**
 * Neo4j's function and procedure lists. Why the package's `testData.mockSchema`: it is the only
 * copy the package ships of what a real server answers to SHOW FUNCTIONS / SHOW PROCEDURES
 * (built-in functions, db.* procedures including db.index.fulltext.queryNodes).
 */
const NEO4J_FUNCTIONS = testData.mockSchema.functions;
const NEO4J_PROCEDURES = testData.mockSchema.procedures;

/** Every property the graph stores: a query reading any other (a typo such as `n.acroym`) is reported. */
const STORED_PROPERTIES = new Set(
  [...NODE_TABLES, ...REL_TABLES].flatMap((t) => t.columns.map((c) => c.name)),
);
/** Keys of `$rows` maps that are not stored properties (upsert-links' endpoints). */
const ROW_ONLY_KEYS = ['from', 'to'];

/** Every `$name` a query uses, declared so that only undeclared-elsewhere mistakes are reported. */
function parameterNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))];
}

function schemaFor(text: string): DbSchema {
  return {
    defaultLanguage: 'CYPHER 5',
    functions: NEO4J_FUNCTIONS,
    procedures: NEO4J_PROCEDURES,
    labels: NODE_TABLES.map((t) => t.name),
    relationshipTypes: REL_TABLES.map((t) => t.name),
    propertyKeys: [...STORED_PROPERTIES, ...ROW_ONLY_KEYS],
    parameters: Object.fromEntries(parameterNames(text).map((name) => [name, null])),
  };
}

function lint(text: string): SyntaxDiagnostic[] {
  return lintCypherQuery(text, schemaFor(text)).diagnostics;
}

/** A diagnostic's text (its type allows markup; the linter gives plain strings). */
const messageOf = (d: SyntaxDiagnostic): string =>
  typeof d.message === 'string' ? d.message : d.message.value;

const errors = (diagnostics: SyntaxDiagnostic[]): SyntaxDiagnostic[] =>
  diagnostics.filter((d) => d.severity === ERROR);

/**
 * Warnings that mean a mistake rather than a style note: a label, relationship type, property
 * key, function or procedure the graph or Neo4j does not have (a typo such as `Entiy`). Other
 * warnings (the cartesian product of two point lookups in shortest-paths and upsert-links) are
 * intended.
 */
const mistakes = (diagnostics: SyntaxDiagnostic[]): SyntaxDiagnostic[] =>
  diagnostics.filter((d) => d.severity === ERROR || / is not present in the database/.test(messageOf(d)));

/** Every statement the Neo4j adapter runs: its named queries and its schema DDL. */
function neo4jStatements(): { name: string; text: string }[] {
  const names = [...QUERY_NAMES, ...DIALECT_ONLY_QUERIES.neo4j];
  const registry = new QueryRegistry('neo4j', names);
  return [
    ...[...names, ...BOUNDED_PATH_QUERIES].map((name) => ({ name, text: registry.text(name) })),
    ...neo4jSchemaStatements().map((text, i) => ({ name: `neo4jSchemaStatements()[${i}]`, text })),
  ];
}

describe('Neo4j 5 lint of every statement the Neo4j adapter runs', () => {
  it('has the function and procedure lists it relies on', () => {
    // Without these lists the linter reports no unknown function at all (the test would pass vacuously).
    expect(Object.keys(NEO4J_FUNCTIONS?.['CYPHER 5'] ?? {})).toEqual(
      expect.arrayContaining(['coalesce', 'lower', 'size', 'count', 'nodes', 'relationships']),
    );
    expect(Object.keys(NEO4J_PROCEDURES?.['CYPHER 5'] ?? {})).toContain('db.index.fulltext.queryNodes');
    expect(Object.keys(NEO4J_FUNCTIONS?.['CYPHER 5'] ?? {})).not.toContain('label');
  });

  it('finds no error in any query file or DDL statement', { timeout: 120_000 }, () => {
    const statements = neo4jStatements();
    expect(statements.length).toBe(
      QUERY_NAMES.length +
        DIALECT_ONLY_QUERIES.neo4j.length +
        BOUNDED_PATH_QUERIES.length +
        neo4jSchemaStatements().length,
    );
    const problems: string[] = [];
    for (const { name, text } of statements) {
      expect(text.trim(), name).not.toBe('');
      for (const d of mistakes(lint(text))) {
        problems.push(`${name} (line ${d.range.start.line + 1}): ${messageOf(d)}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('catches what the main test relies on it for', () => {
    const expectErrors = (text: string, pattern: RegExp): void => {
      const found = errors(lint(text)).map(messageOf);
      expect(found.length, `no error for: ${text}`).toBeGreaterThan(0);
      expect(
        found.some((m) => pattern.test(m)),
        found.join('\n'),
      ).toBe(true);
    };

    it("reports Kuzu's recursive shortest-path pattern", () => {
      expectErrors(
        'MATCH p = (a:Entity {id: $from})-[r:LINK* ALL SHORTEST 1..6]-(b:Entity {id: $to}) RETURN nodes(p) AS nodes',
        /Invalid input 'ALL'/,
      );
    });

    it('reports Kuzu-only functions (label(), rels())', () => {
      expectErrors(
        `MATCH (a:Entity)-[r:${LINK_TABLE.name}]->(b:Entity) RETURN label(r) AS t`,
        /Function label/,
      );
      expectErrors('MATCH p = (a:Entity)-[:LINK*1..2]-(b:Entity) RETURN rels(p) AS links', /Function rels/);
    });

    it('reports Kuzu DDL', () => {
      expectErrors('CREATE NODE TABLE Entity(id STRING, PRIMARY KEY (id))', /Invalid input/);
    });

    it('reports syntax errors', () => {
      expectErrors('MATC (n:Entity) RETURN n', /Invalid input 'MATC'/);
      expectErrors('MATCH (n:Entity WHERE n.kind = $kind RETURN n', /Invalid input/);
    });

    it('reports undefined variables', () => {
      expectErrors('MATCH (n:Entity) RETURN m.id AS id', /Variable `m` not defined/);
    });

    it('reports a parameter the text does not declare, and none it does', () => {
      const text = 'MATCH (n:Entity) WHERE n.kind = $kind RETURN n LIMIT $limit';
      expect(parameterNames(text)).toEqual(['kind', 'limit']);
      expect(errors(lint(text))).toEqual([]);
      const undeclared = errors(
        lintCypherQuery(text, { ...schemaFor(text), parameters: { kind: null } }).diagnostics,
      );
      expect(undeclared.map(messageOf)).toEqual(['Parameter $limit is not defined.']);
    });

    it('reports unknown procedures and labels as mistakes', () => {
      expect(
        mistakes(lint("CALL db.index.fulltext.queryNode('entity_search', 'x') YIELD node RETURN node")),
      ).not.toEqual([]);
      expect(mistakes(lint('MATCH (n:Entiy) RETURN n'))).not.toEqual([]);
      expect(mistakes(lint('MATCH (n:Entity) RETURN n.acroym AS a'))).not.toEqual([]);
    });
  });
});
