import type { NodeKind } from '../domain/entity-kind.js';
import type { RelationType } from '../domain/relation-type.js';

/**
 * How a relationship field reaches its targets from an entity:
 * - `out`/`in`: one LINK of the given types, followed forwards or backwards;
 * - `via-collaboration`: through a Collaboration node, from the role linking it to the entity
 *   (`roles`) to the role linking it to the targets (`targetRoles`).
 */
export type LinkSpec = (
  | { direction: 'out' | 'in'; types: readonly RelationType[]; kinds: readonly NodeKind[] }
  | {
      direction: 'via-collaboration';
      roles: readonly RelationType[];
      targetRoles: readonly RelationType[];
      kinds: readonly NodeKind[];
    }
) & {
  /**
   * Only the first this many links of each entity are needed, in the code-unit order of the
   * target's name, then id: the store may stop there (the embedded store's per-id lookups do), so
   * that a page of a hub's links does not read the whole hub. Unset: every link.
   */
  limit?: number;
};

/** A stable key per spec: one DataLoader per distinct spec per request. */
export function linkSpecKey(spec: LinkSpec): string {
  const key =
    spec.direction === 'via-collaboration'
      ? `via:${[...spec.roles].sort().join(',')}>${[...spec.targetRoles].sort().join(',')}:${[...spec.kinds].sort().join(',')}`
      : `${spec.direction}:${[...spec.types].sort().join(',')}:${[...spec.kinds].sort().join(',')}`;
  return spec.limit === undefined ? key : `${key}:first ${spec.limit}`;
}
