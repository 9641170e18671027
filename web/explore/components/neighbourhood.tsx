import { useCallback, useMemo, useState } from 'react';

import type { Confidence, EntityRefFragment } from '../generated/graphql.js';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph-model.js';
import { relationVerb } from '../text/relations.js';
import { navigate } from '../navigation.js';
import { paths } from '../routes.js';
import { ConfidenceTag } from './confidence.js';
import { EntityLink } from './entity-link.js';
import { EvidencePanel } from './evidence.js';
import { GraphFilters, toggled } from './graph-filters.js';
import { GraphView } from './graph-view.js';
import { Link } from './link.js';

/** One link of the entity a page is about, as the list under the graph shows it. */
export interface LinkItem {
  /** How the link reads from the page's entity ("Targeted by", "Sectors of its collaborations"). */
  group: string;
  relation: string;
  entity: EntityRefFragment;
  /** For a link through a collaboration: the collaboration. */
  via?: { id: string; name: string };
  /** The relationship in the graph model that carries this link's evidence. */
  edgeId: string;
}

const WEAKNESS: Confidence[] = ['CONFIRMED', 'SOURCE_DATED', 'EDITORIAL', 'UNCONFIRMED', 'NONE'];

/** The weakest confidence among a link's sources (NONE without any). */
function weakest(edge: GraphEdge | undefined): Confidence {
  if (!edge || edge.sources.length === 0) return 'NONE';
  return edge.sources
    .map((s) => s.confidence)
    .reduce((a, b) => (WEAKNESS.indexOf(b) > WEAKNESS.indexOf(a) ? b : a));
}

/**
 * An entity's neighbourhood: the graph (filters as its legend), the evidence panel of the link
 * selected in it or in the list, and the same links as a list grouped by relationship, each with
 * its evidence and expand buttons (the keyboard's way to everything the picture does).
 */
export function Neighbourhood({
  model,
  version,
  root,
  items,
  onExpand,
  expanded,
}: {
  model: GraphModel;
  version: number;
  root: { id: string; name: string };
  items: readonly LinkItem[];
  onExpand?: (id: string) => void;
  expanded: ReadonlySet<string>;
}) {
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<string>>(new Set());
  const [hiddenRelations, setHiddenRelations] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);

  const nodeHidden = useCallback(
    (id: string) => {
      const node = model.nodes.get(id);
      return Boolean(node && id !== root.id && hiddenKinds.has(node.kind));
    },
    [model, root.id, hiddenKinds],
  );
  const isHidden = useCallback(
    (element: GraphNode | GraphEdge) =>
      'kind' in element
        ? nodeHidden(element.id)
        : hiddenRelations.has(element.relation) || nodeHidden(element.source) || nodeHidden(element.target),
    [nodeHidden, hiddenRelations],
  );

  // version: the model grew in place.
  const kinds = useMemo(
    () => [...new Set([...model.nodes.values()].map((n) => n.kind))].sort(),
    [model, version],
  );
  const relations = useMemo(
    () => [...new Set([...model.edges.values()].map((e) => e.relation))].sort(),
    [model, version],
  );
  const highlighted = useMemo(() => new Set(selected ? [selected] : []), [selected]);
  const visibleItems = items.filter((item) => {
    const edge = model.edges.get(item.edgeId);
    return !hiddenKinds.has(item.entity.kind) && !(edge && isHidden(edge));
  });
  const groups = new Map<string, LinkItem[]>();
  for (const item of visibleItems) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);

  const edge = selected ? model.edges.get(selected) : undefined;
  const name = (id: string) => model.nodes.get(id)?.name ?? id;

  return (
    <section className="neighbourhood" aria-labelledby="neighbourhood-heading">
      <h2 id="neighbourhood-heading">Links</h2>
      <GraphView
        model={model}
        version={version}
        rootId={root.id}
        layout="rings"
        isHidden={isHidden}
        highlighted={highlighted}
        label={`Graph of ${root.name} and ${model.nodes.size - 1} linked entities and collaborations; the same links are listed below.`}
        onOpenNode={(id) => {
          if (id !== root.id) navigate(paths.entity(id));
        }}
        onExpandNode={onExpand}
        onSelectEdge={setSelected}
      />
      <GraphFilters
        kinds={kinds}
        relations={relations}
        hiddenKinds={hiddenKinds}
        hiddenRelations={hiddenRelations}
        onToggleKind={(k) => setHiddenKinds(toggled(hiddenKinds, k))}
        onToggleRelation={(r) => setHiddenRelations(toggled(hiddenRelations, r))}
      />
      {edge ? (
        <EvidencePanel
          title={`${name(edge.source)} ${relationVerb(edge.relation)} ${name(edge.target)}`}
          citations={edge.sources}
          onClose={() => setSelected(null)}
        />
      ) : null}
      {groups.size === 0 ? <p>No links{items.length > 0 ? ' shown: see the filters above' : ''}.</p> : null}
      {[...groups].map(([group, list]) => (
        <section key={group} className="link-group">
          <h3>
            {group} <span className="count">({list.length})</span>
          </h3>
          <ul>
            {list.map((item) => {
              const itemEdge = model.edges.get(item.edgeId);
              const confidence = weakest(itemEdge);
              return (
                <li key={`${item.edgeId}|${item.via?.id ?? ''}`}>
                  <EntityLink entity={item.entity} />
                  {item.via ? (
                    <span className="via">
                      {' '}
                      via <Link href={paths.entity(item.via.id)}>{item.via.name}</Link>
                    </span>
                  ) : null}
                  {confidence !== 'CONFIRMED' ? (
                    <>
                      {' '}
                      <ConfidenceTag confidence={confidence} />
                    </>
                  ) : null}
                  <span className="actions">
                    <button type="button" onClick={() => setSelected(item.edgeId)}>
                      Evidence<span className="visually-hidden"> for {item.entity.name}</span>
                    </button>
                    {onExpand ? (
                      <button
                        type="button"
                        disabled={expanded.has(item.entity.id)}
                        onClick={() => onExpand(item.entity.id)}
                      >
                        {expanded.has(item.entity.id) ? 'Expanded' : 'Expand in graph'}
                        <span className="visually-hidden"> {item.entity.name}</span>
                      </button>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
