import { createHash } from 'node:crypto';
import { Field, Int, ObjectType } from 'type-graphql';

import type { ClassType } from '../resolvers/relationship-fields.js';
import { badUserInput } from './errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** A Relay connection over `node` types: `<Name>Connection { edges { cursor node } pageInfo totalCount }`. */
export function connectionType(name: string, node: ClassType, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: 'Opaque cursor of this edge, valid for this list with these arguments.',
    })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what}s.` })
  class Connection {
    @Field(() => [Edge], { description: 'The page.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page is in the list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (all pages).' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * Refuses a `first` outside 1..maxPageSize (the page-size limit) with BAD_USER_INPUT naming it:
 * the check of every argument that asks for at least one item (lists that may be empty pages
 * check 0..maxPageSize in pageIds).
 */
export function checkFirst(first: number, maxPageSize: number): void {
  if (first < 1 || first > maxPageSize) {
    throw badUserInput(`first must be between 1 and ${maxPageSize}, got ${first}.`, 'first');
  }
}

/** A page of ids, before the nodes are loaded. */
export interface IdPage {
  edges: { cursor: string; id: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Pages an ordered id list with opaque cursors bound to the list they came from.
 *
 * A cursor encodes the list's identity (a hash of the query name and its filter and order) and
 * an offset. A cursor from another list, or one that was tampered with, is refused with
 * BAD_USER_INPUT rather than silently giving a wrong page.
 */
export function pageIds(
  ids: readonly string[],
  list: { name: string; args: unknown },
  first: number,
  after: string | null | undefined,
  maxPageSize: number,
): IdPage {
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw badUserInput(`first must be between 0 and ${maxPageSize}, got ${first}.`, 'first');
  }
  const listKey = createHash('sha256')
    .update(`${list.name}:${JSON.stringify(list.args ?? null)}`)
    .digest('base64url')
    .slice(0, 12);
  const start = after ? decodeCursor(after, listKey) + 1 : 0;
  const slice = ids.slice(start, start + first);
  const edges = slice.map((id, i) => ({ id, cursor: encodeCursor(listKey, start + i) }));
  return {
    edges,
    totalCount: ids.length,
    pageInfo: {
      hasNextPage: start + first < ids.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The Relay connection of a page: its nodes loaded in one batch (`load` is a DataLoader's
 * `loadMany`), each edge with its cursor.
 */
export async function withNodes<T>(
  page: IdPage,
  load: (ids: readonly string[]) => Promise<readonly (T | Error)[]>,
): Promise<Omit<IdPage, 'edges'> & { edges: { cursor: string; node: T | Error | undefined }[] }> {
  const nodes = await load(page.edges.map((e) => e.id));
  return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] })) };
}

function encodeCursor(listKey: string, offset: number): string {
  return Buffer.from(`v1:${listKey}:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string, listKey: string): number {
  const match = /^v1:([A-Za-z0-9_-]{12}):(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // Base64 decoding skips characters it does not know (`abc!!!` decodes as `abc`): only a cursor
  // that is exactly what this API encoded is accepted.
  if (!match || encodeCursor(match[1] ?? '', Number(match[2])) !== cursor)
    throw badUserInput(
      `Malformed cursor "${cursor.slice(0, 40)}": pass an endCursor this API returned.`,
      'after',
    );
  if (match[1] !== listKey) {
    throw badUserInput(
      'This cursor belongs to another list or other arguments: pass an endCursor from this same query.',
      'after',
    );
  }
  return Number(match[2]);
}
