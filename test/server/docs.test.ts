import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../../src/api/shared/errors.js';
import {
  MATCH_FEATURES,
  MATCH_MARGIN,
  MATCH_THRESHOLD,
  MIN_CANDIDATE_SCORE,
} from '../../src/matching/features.js';

const readme = readFileSync('README.md', 'utf8');
const section = (heading: string) => {
  const start = readme.indexOf(`${heading}\n`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  // A section ends at the next heading of its level or above (its subsections belong to it).
  const level = heading.indexOf(' ');
  const next = readme.slice(start + heading.length).search(new RegExp(`\\n#{2,${level}} `));
  return readme.slice(start, next < 0 ? undefined : start + heading.length + next);
};

/** Codes a client can receive besides ErrorCode's: Apollo's and the HTTP layer's (src/server/errors.ts). */
const APOLLO_CODES = [
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
];

describe('README documents what the server does', () => {
  it('has every error code in its "Errors and limits" table, with HTTP statuses', () => {
    const errors = section('### Errors and limits');
    const rows = new Map(
      [...errors.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1]!, m[2]!]),
    );
    for (const code of [...Object.values(ErrorCode), ...APOLLO_CODES]) {
      expect(rows.has(code), code).toBe(true);
    }
    for (const status of ['405', '406', '408', '413', '415', '431'])
      expect(rows.get('BAD_REQUEST')).toContain(status);
    expect(rows.get('QUERY_TOO_COMPLEX')).toContain('400');
    expect(rows.get('FORBIDDEN')).toContain('403');
    expect(errors).toMatch(/A `first` above the page size is not this error but `BAD_USER_INPUT`/);
  });

  it('lists every environment variable src/config.ts reads in its "Configuration" section', () => {
    const config = readFileSync('src/config.ts', 'utf8');
    const schema = config.slice(config.indexOf('const EnvSchema'), config.indexOf('.superRefine'));
    const variables = [...schema.matchAll(/^ {4}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(variables.length).toBeGreaterThan(20);
    const configuration = section('## Configuration');
    for (const v of variables) expect(configuration, v).toContain(`\`${v}\``);
  });

  it('says what a frontend sends: CSRF headers, persisted queries, cache hints, CORS', () => {
    const configuration = section('## Configuration');
    for (const text of [
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'content-type: application/json',
      'persistedQuery',
      'cache-control: max-age=60, public',
      'CORS_ORIGINS',
      'Access-Control-Allow-Origin',
    ])
      expect(configuration, text).toContain(text);
  });

  it('explains matching from the feature table the code scores with: every feature, its weight, the match rule', () => {
    const scores = section('### What the scores and explanations mean');
    const rows = new Map(
      [...scores.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
    );
    expect([...rows.keys()].sort()).toEqual(MATCH_FEATURES.map((f) => f.id).sort());
    for (const f of MATCH_FEATURES)
      expect(rows.get(f.id), f.id).toBe(
        f.role === 'name' ? String(f.weight) : `+${f.weight} / −${f.penalty}`,
      );
    expect(scores).toContain(`at least **${MATCH_THRESHOLD}**, at least **${MATCH_MARGIN}**`);
    expect(scores).toContain(`Candidates under ${MIN_CANDIDATE_SCORE} are not listed`);
    expect(section('### In OpenRefine')).toContain('`http://localhost:4000/reconcile`');
  });

  it('states the pages’ JavaScript budgets as web/budgets.json sets them, and how production runs', () => {
    const budgets = JSON.parse(readFileSync('web/budgets.json', 'utf8')) as Record<
      string,
      { javascriptBytes: number }
    >;
    const explorer = section('## The explorer');
    expect(explorer).toContain(`**${budgets.explore!.javascriptBytes / 1000} kB**`);
    expect(explorer).toContain(`**${budgets.graphiql!.javascriptBytes / 1_000_000} MB**`);
    const production = section('### Running in production');
    for (const command of ['npm run build', 'npm run start:dist']) expect(production).toContain(command);
  });
});
