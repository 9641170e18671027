import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MAX_PATH_HOPS, QUERY_NAMES, shortestPathsWithin, type QueryName } from './query-names.js';

export type Dialect = 'kuzu' | 'neo4j';

/** The project's cypher/ folder. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Where a query's text comes from: the dialect's own file if there is one, else the shared one. */
export function queryFile(name: string, dialect: Dialect, dir = CYPHER_DIR): string | undefined {
  const own = join(dir, dialect, `${name}.cypher`);
  if (existsSync(own)) return own;
  const shared = join(dir, `${name}.cypher`);
  return existsSync(shared) ? shared : undefined;
}

/**
 * The query texts of one dialect, read once at start-up. A name that resolves to no file fails
 * here, naming the files it looked for, rather than at the first request that needs it.
 */
export class QueryRegistry {
  private readonly texts = new Map<string, string>();

  constructor(
    readonly dialect: Dialect,
    names: readonly string[] = QUERY_NAMES,
    dir = CYPHER_DIR,
  ) {
    const missing: string[] = [];
    for (const name of names) {
      const file = queryFile(name, dialect, dir);
      if (!file) {
        missing.push(`${name} (looked for ${join(dir, dialect, name)}.cypher and ${join(dir, name)}.cypher)`);
        continue;
      }
      this.texts.set(name, stripComments(readFileSync(file, 'utf8')));
    }
    const paths = this.texts.get('shortest-paths');
    if (paths !== undefined) {
      for (const [hops, text] of hopBoundedVariants(paths)) this.texts.set(shortestPathsWithin(hops), text);
    }
    if (missing.length > 0) {
      throw new Error(`Missing Cypher query file(s) for ${dialect}: ${missing.join('; ')}`);
    }
  }

  text(name: QueryName | string): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new Error(`Query "${name}" is not registered for ${this.dialect}`);
    return text;
  }

  names(): string[] {
    return [...this.texts.keys()];
  }
}

/**
 * The shortest-paths text with its hop bound set to each of 1..MAX_PATH_HOPS. The file is written
 * with the bound `..6]` (MAX_PATH_HOPS) exactly once; anything else fails at start-up rather than
 * searching a wrong depth.
 */
export function hopBoundedVariants(text: string): Map<number, string> {
  const bound = `..${MAX_PATH_HOPS}]`;
  const at = text.indexOf(bound);
  if (at < 0 || text.indexOf(bound, at + 1) >= 0)
    throw new Error(`shortest-paths must write its hop bound as "${bound}" exactly once: ${text}`);
  const variants = new Map<number, string>();
  for (let hops = 1; hops <= MAX_PATH_HOPS; hops++)
    variants.set(hops, text.slice(0, at) + `..${hops}]` + text.slice(at + bound.length));
  return variants;
}

/** Drops whole-line `//` comments (the file headers), which both engines accept but need not parse. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
