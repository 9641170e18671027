import { KindBadge } from './kind-badge.js';
import { Link } from './link.js';
import { paths } from '../routes.js';

/** A link to an entity's (or a collaboration's) page, its acronym beside its name, and its kind. */
export function EntityLink({
  entity,
  showKind = true,
}: {
  entity: { id: string; name?: string | null; acronym?: string | null; kind?: string | null };
  showKind?: boolean;
}) {
  const name = entity.name ?? entity.id;
  return (
    <span className="entity-link">
      <Link href={paths.entity(entity.id)}>
        {name}
        {entity.acronym && entity.acronym !== name ? ` (${entity.acronym})` : ''}
      </Link>
      {showKind && entity.kind ? (
        <>
          {' '}
          <KindBadge kind={entity.kind} />
        </>
      ) : null}
    </span>
  );
}
