import { useEffect, useMemo, useState } from 'react';

import { request } from '../api/request.js';
import { useQuery } from '../api/use-query.js';
import { ConfidenceTag } from '../components/confidence.js';
import { EntityFacts } from '../components/entity-facts.js';
import { KindBadge } from '../components/kind-badge.js';
import { Link } from '../components/link.js';
import { Neighbourhood, type LinkItem } from '../components/neighbourhood.js';
import { SourcesList } from '../components/sources-list.js';
import { ErrorMessage, QueryResult } from '../components/status.js';
import {
  ExploreEntityDocument,
  ExploreNeighboursDocument,
  type CollaborationWhere,
  type EntityKind,
  type ExploreEntityQuery,
  type NeighbourLinkFragment,
} from '../generated/graphql.js';
import { GraphModel } from '../graph/graph-model.js';
import { relationReading } from '../text/relations.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

type Node = NonNullable<ExploreEntityQuery['node']>;
type EntityNode = Extract<Node, { kind: EntityKind }>;
type CollaborationNode = Extract<Node, { __typename: 'Collaboration' }>;

/** Which `collaborations(where:)` filter an entity of a kind is, if any. */
const COLLABORATION_FILTER: Partial<Record<EntityKind, keyof CollaborationWhere>> = {
  PARTNER_AGENCY: 'partner',
  NGO: 'partner',
  SOCIAL_PARTNER: 'partner',
  DEPARTMENT: 'department',
  PROGRAMME: 'programme',
  SECTOR: 'sector',
  TOPIC: 'topic',
  COUNTRY: 'country',
  OBJECTIVE: 'objective',
};

/** The relationship a link is drawn as, the id GraphModel gives it. */
function edgeIdOf(centerId: string, link: NeighbourLinkFragment): string {
  if (link.direction === 'OUT') return `${centerId}|${link.relation}|${link.entity.id}`;
  if (link.direction === 'IN') return `${link.entity.id}|${link.relation}|${centerId}`;
  return `${link.collaboration?.id}|${link.relation}|${link.entity.id}`;
}

/** An entity's page (`/explore/entity/<id>`), or a collaboration's when the id is one. */
export function EntityPage({ id }: { id: string }) {
  const state = useQuery(ExploreEntityDocument, { id });
  return (
    <QueryResult state={state}>
      {(data) => {
        const node = data.node;
        if (!node) return <NotFound id={id} />;
        if (node.__typename === 'Collaboration')
          return <CollaborationView node={node as CollaborationNode} />;
        return <EntityView entity={node as EntityNode} />;
      }}
    </QueryResult>
  );
}

function NotFound({ id }: { id: string }) {
  usePageTitle('Not found');
  return (
    <>
      <h1 tabIndex={-1}>Nothing has the id {id}</h1>
      <p>
        Search for it by name above, or start from the <Link href={paths.home()}>home page</Link>.
      </p>
    </>
  );
}

function EntityView({ entity }: { entity: EntityNode }) {
  usePageTitle(entity.name);
  const model = useMemo(() => new GraphModel(), [entity.id]);
  const [version, setVersion] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set([entity.id]));
  const [announcement, setAnnouncement] = useState('');
  const [expandError, setExpandError] = useState<Error | null>(null);

  useEffect(() => {
    model.addNeighbourhood(entity, entity.neighbours);
    setVersion((v) => v + 1);
  }, [model, entity]);

  const expand = async (id: string) => {
    if (expanded.has(id)) return;
    setExpanded((s) => new Set([...s, id]));
    const before = model.edges.size;
    try {
      if (model.nodes.get(id)?.kind === 'COLLABORATION') {
        const { node } = await request(ExploreEntityDocument, { id });
        if (node?.__typename === 'Collaboration') model.addCollaboration(node as CollaborationNode);
      } else {
        const { entity: found } = await request(ExploreNeighboursDocument, { id });
        if (found) model.addNeighbourhood(found, found.neighbours);
      }
      setAnnouncement(
        `Added ${model.edges.size - before} links of ${model.nodes.get(id)?.name ?? id} to the graph.`,
      );
      setVersion((v) => v + 1);
    } catch (error) {
      setExpandError(error as Error);
    }
  };

  const items: LinkItem[] = entity.neighbours.map((link) => ({
    group: relationReading(link.relation, link.direction),
    relation: link.relation,
    entity: link.entity,
    via: link.collaboration ? { id: link.collaboration.id, name: link.collaboration.name } : undefined,
    edgeId: edgeIdOf(entity.id, link),
  }));
  const filter = COLLABORATION_FILTER[entity.kind];

  return (
    <article className="entity-page">
      <header className="card">
        <p className="card-kind">
          <KindBadge kind={entity.kind} /> <code className="entity-id">{entity.id}</code>
        </p>
        <h1 tabIndex={-1}>
          {entity.name}
          {entity.acronym && entity.acronym !== entity.name ? ` (${entity.acronym})` : ''}
        </h1>
        {entity.aliases.length > 0 ? <p className="aliases">Also: {entity.aliases.join('; ')}</p> : null}
        {entity.description ? <p className="description">{entity.description}</p> : null}
        <EntityFacts entity={entity as unknown as Record<string, unknown>} />
        {entity.confidence !== 'CONFIRMED' ? (
          <p>
            <ConfidenceTag confidence={entity.confidence} />
          </p>
        ) : null}
        <nav aria-label={`About ${entity.name}`} className="card-actions">
          {filter ? (
            <Link href={paths.collaborations({ [filter]: entity.id })}>Collaborations (table, CSV)</Link>
          ) : null}
          <Link href={paths.connections(entity.id)}>Connections from here</Link>
          {entity.kind === 'DOCUMENT' ? (
            <Link href={paths.document(entity.id)}>Read the document</Link>
          ) : null}
        </nav>
        <details className="card-sources">
          <summary>Sources ({entity.sources.length})</summary>
          <SourcesList sources={entity.sources} />
        </details>
      </header>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {expandError ? <ErrorMessage error={expandError} /> : null}
      <Neighbourhood
        model={model}
        version={version}
        root={entity}
        items={items}
        onExpand={(id) => void expand(id)}
        expanded={expanded}
      />
    </article>
  );
}

const ROLE_GROUPS: [
  keyof CollaborationNode & ('partners' | 'iloParties' | 'sectors' | 'topics' | 'countries'),
  string,
  string,
][] = [
  ['partners', 'Partners', 'HAS_PARTNER'],
  ['iloParties', 'ILO units', 'HAS_ILO_PARTY'],
  ['sectors', 'Sectors', 'ON_SECTOR'],
  ['topics', 'Topics', 'ON_TOPIC'],
  ['countries', 'Countries', 'IN_COUNTRY'],
];

function CollaborationView({ node }: { node: CollaborationNode }) {
  usePageTitle(node.name);
  const model = useMemo(() => {
    const m = new GraphModel();
    m.addCollaboration(node);
    return m;
  }, [node]);
  const items: LinkItem[] = ROLE_GROUPS.flatMap(([list, group, relation]) =>
    node[list].map((entity) => ({ group, relation, entity, edgeId: `${node.id}|${relation}|${entity.id}` })),
  );
  const period = node.since ? `${node.since}–${node.until ?? ''}` : null;
  return (
    <article className="entity-page">
      <header className="card">
        <p className="card-kind">
          <KindBadge kind="COLLABORATION" /> <code className="entity-id">{node.id}</code>
        </p>
        <h1 tabIndex={-1}>{node.name}</h1>
        {node.description ? <p className="description">{node.description}</p> : null}
        {period ? <p>Since {period}</p> : null}
        <details className="card-sources" open>
          <summary>Sources ({node.sources.length})</summary>
          <SourcesList sources={node.sources} />
        </details>
      </header>
      <Neighbourhood model={model} version={1} root={node} items={items} expanded={new Set()} />
    </article>
  );
}
