import type { GraphiQLProps } from 'graphiql';

import variables from '../../schema/operations/variables.json';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/** The example operations (schema/operations), as written for frontends, bundled at build time. */
const files = import.meta.glob<string>('../../schema/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Each example's variables, by operation name: what makes it answer something worth reading. */
const VARIABLES: Record<string, unknown> = variables;

/** The order of the tabs: a newcomer's first question first; the others after, by name. */
const ORDER = Object.keys(VARIABLES);

// At the start of a line: a comment above an operation may say "query" too.
const operationName = (query: string) => /^(?:query|mutation|subscription)\s+(\w+)/m.exec(query)?.[1] ?? '';
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** One GraphiQL tab per example operation, with its variables. */
export const exampleTabs: TabDefinition[] = Object.values(files)
  .map((query) => ({ name: operationName(query), query }))
  .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
  .map(({ name, query }) => ({
    query,
    variables: VARIABLES[name] ? JSON.stringify(VARIABLES[name], null, 2) : undefined,
  }));
