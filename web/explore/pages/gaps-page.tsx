import { useQuery } from '../api/use-query.js';
import { EntityLink } from '../components/entity-link.js';
import { Link } from '../components/link.js';
import { QueryResult } from '../components/status.js';
import { ExploreGapsDocument, type ExploreGapsQuery, type GapKind } from '../generated/graphql.js';
import { relationVerb } from '../text/relations.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

type Gap = ExploreGapsQuery['gaps'][number];

/** Each kind of gap, in the order the report shows them, with a heading. */
const GAP_KINDS: [GapKind, string][] = [
  ['SECTOR_WITHOUT_INSTRUMENT', 'Sectors no instrument applies to'],
  ['SECTOR_WITHOUT_PROGRAMME', 'Sectors no programme targets'],
  ['SECTOR_WITHOUT_PARTNER', 'Sectors with no partner agency'],
  ['INSTRUMENT_NOT_PROMOTED', 'Standards no programme promotes'],
  ['PARTNER_WITHOUT_COLLABORATION', 'Partners without a collaboration'],
  ['UNSOURCED_FACT', 'Facts with no source'],
  ['UNCONFIRMED_FACT', 'Facts not confirmed by a source'],
];

const headingOf = (kind: string) => GAP_KINDS.find(([k]) => k === kind)?.[1] ?? kind;
const anchorOf = (kind: string) => `gap-${kind.toLowerCase().replace(/_/g, '-')}`;

/** `department:x|RUNS|programme:y` → "runs programme:y", for a gap about a relationship. */
function relationshipText(relationship: string): string {
  const [, type, to] = relationship.split('|');
  return type && to ? `${relationVerb(type)} ${to}` : relationship;
}

/**
 * The gaps report (`/explore/gaps`, or `?kind=SECTOR_WITHOUT_INSTRUMENT,...`): what the knowledge
 * base lacks, grouped by kind, each item linked to its entity with the sentence saying what would
 * close it.
 */
export function GapsPage({ kinds }: { kinds: GapKind[] }) {
  usePageTitle('Gaps');
  const state = useQuery(ExploreGapsDocument, { kinds: kinds.length > 0 ? kinds : null });
  return (
    <>
      <h1 tabIndex={-1}>Gaps in the knowledge base</h1>
      <nav aria-label="Kinds of gap" className="gap-kinds">
        <Link href={paths.gaps()} aria-current={kinds.length === 0 ? 'page' : undefined}>
          All
        </Link>
        {GAP_KINDS.map(([kind, heading]) => (
          <Link
            key={kind}
            href={paths.gaps([kind])}
            aria-current={kinds.length === 1 && kinds[0] === kind ? 'page' : undefined}
          >
            {heading}
          </Link>
        ))}
      </nav>
      <QueryResult state={state}>{({ gaps }) => <GapGroups gaps={gaps} />}</QueryResult>
    </>
  );
}

function GapGroups({ gaps }: { gaps: Gap[] }) {
  const groups = new Map<string, Gap[]>();
  for (const [kind] of GAP_KINDS) groups.set(kind, []);
  for (const gap of gaps) groups.set(gap.kind, [...(groups.get(gap.kind) ?? []), gap]);
  const present = [...groups].filter(([, list]) => list.length > 0);
  if (present.length === 0) return <p role="status">No gap of these kinds.</p>;
  return (
    <>
      <p role="status">
        {gaps.length} gaps in {present.length} kind{present.length === 1 ? '' : 's'}.
      </p>
      <ul className="toc">
        {present.map(([kind, list]) => (
          <li key={kind}>
            <a href={`#${anchorOf(kind)}`}>{headingOf(kind)}</a>{' '}
            <span className="count">({list.length})</span>
          </li>
        ))}
      </ul>
      {present.map(([kind, list]) => (
        <section
          key={kind}
          id={anchorOf(kind)}
          aria-labelledby={`${anchorOf(kind)}-heading`}
          className="gap-group"
        >
          <h2 id={`${anchorOf(kind)}-heading`}>
            {headingOf(kind)} <span className="count">({list.length})</span>
          </h2>
          <ul className="gaps">
            {list.map((gap, i) => (
              <li key={`${gap.entity?.id ?? ''}|${gap.relationship ?? ''}|${i}`}>
                {gap.entity ? (
                  <EntityLink
                    entity={{ ...gap.entity, name: 'name' in gap.entity ? gap.entity.name : null }}
                  />
                ) : null}
                {gap.relationship ? (
                  <span className="relationship"> {relationshipText(gap.relationship)}</span>
                ) : null}
                <p className="explanation">{gap.explanation}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
