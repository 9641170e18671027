import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  buildSchema,
  isAbstractType,
  getNamedType,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

import type { BenchQuery } from '../queries.js';
import type { Target } from './ilo-target.js';

/** The emitted SDL (schema/schema.graphql), with no resolvers. */
export function sdlSchema(path = 'schema/schema.graphql'): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

/**
 * Checks that a bench document can be answered by default resolvers over its JSON `data`:
 * `__typename` in every selection on an abstract type, no aliases. Returns the problems found.
 */
export function checkQuery(schema: GraphQLSchema, query: BenchQuery): string[] {
  const problems: string[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    parse(query.query),
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.alias)
          problems.push(`${query.name}: alias ${node.alias.value} (the limit reads field names)`);
        if (!typeInfo.getFieldDef())
          problems.push(`${query.name}: field ${node.name.value} is not in the emitted schema`);
      },
      SelectionSet(node, _key, parent) {
        // A field's own selection set; an inline fragment inside it shares the field's __typename.
        if (!parent || Array.isArray(parent) || (parent as { kind?: string }).kind !== Kind.FIELD) return;
        const type = typeInfo.getType();
        if (!type) return;
        const named = getNamedType(type);
        if (!isAbstractType(named)) return;
        const hasTypename = node.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === '__typename',
        );
        if (!hasTypename) problems.push(`${query.name}: a selection on ${named.name} lacks __typename`);
      },
    }),
  );
  return problems;
}

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) return definition.name?.value;
  }
  return undefined;
}

/**
 * The in-memory limit: graphql-js, through Apollo Server on the same HTTP stack (express,
 * express.json, expressMiddleware), executing each bench document against the emitted schema
 * with no resolvers over the `data` ilo-graph answered for it. No store, no DataLoaders, no
 * query-limit or observability plugins: what serving this answer costs with nothing to fetch.
 */
export async function startLimitTarget(answers: ReadonlyMap<string, unknown>): Promise<Target> {
  const schema = sdlSchema();
  const apollo = new ApolloServer({
    schema,
    // Picks the precomputed data of the operation being run (by operation name).
    rootValue: (document: DocumentNode) => {
      const name = operationName(document);
      const data = name ? answers.get(name) : undefined;
      if (data === undefined) throw new Error(`No precomputed data for operation ${name ?? '(anonymous)'}`);
      return data;
    },
    csrfPrevention: true,
    introspection: false,
  });
  return serveApollo('limit', apollo);
}

/**
 * An Apollo Server on the bench's plain HTTP stack (express, express.json, expressMiddleware) on
 * an ephemeral loopback port: what the limit and the peer are served through.
 */
export async function serveApollo(name: string, apollo: ApolloServer): Promise<Target> {
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use('/graphql', express.json({ limit: 100_000 }), expressMiddleware(apollo));
  const httpServer: Server = createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`;
  return {
    name,
    url,
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
