import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

/** The example operations (schema/operations), as written for frontends, bundled at build time. */
const files = import.meta.glob<string>('../../schema/operations/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Variables that make each example answer something worth reading on the ILO knowledge base. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  'search-box': { query: 'WHO' },
  'sector-page': { id: 'sector:health-services' },
  'partner-collaborations': { partner: 'agency:WHO' },
  'gaps-report': { kinds: ['SECTOR_WITHOUT_INSTRUMENT'] },
  connections: { from: 'agency:FAO', to: 'instrument:C184' },
};

/** Preferred order of the tabs: a newcomer's first question first. */
const ORDER = ['search-box', 'sector-page', 'partner-collaborations', 'connections', 'gaps-report'];

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.graphql$/, '');
const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);

/** One GraphiQL tab per example operation, with its variables. */
export const exampleTabs: TabDefinition[] = Object.entries(files)
  .map(([path, query]) => ({ name: nameOf(path), query }))
  .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
  .map(({ name, query }) => ({
    query,
    variables: VARIABLES[name] ? JSON.stringify(VARIABLES[name], null, 2) : undefined,
  }));
