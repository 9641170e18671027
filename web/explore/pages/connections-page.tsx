import { useMemo, useState, type FormEvent } from 'react';

import { useQuery } from '../api/use-query.js';
import { ConfidenceTag } from '../components/confidence.js';
import { EntityLink } from '../components/entity-link.js';
import { EvidencePanel } from '../components/evidence.js';
import { GraphView } from '../components/graph-view.js';
import { Link } from '../components/link.js';
import { SearchBox } from '../components/search-box.js';
import { QueryResult } from '../components/status.js';
import {
  ExploreConnectionsDocument,
  ExploreNodeNameDocument,
  type ExploreConnectionsQuery,
  type NodeRefFragment,
} from '../generated/graphql.js';
import { GraphModel } from '../graph/graph-model.js';
import { relationReading, relationVerb } from '../text/relations.js';
import { navigate } from '../navigation.js';
import { paths } from '../routes.js';
import { usePageTitle } from '../use-page-title.js';

type Path = ExploreConnectionsQuery['connections'][number];
type Step = Path['steps'][number];

const HOPS = [1, 2, 3, 4, 5, 6];

/** The name of a node of a path, whatever it is. */
const nameOf = (node: NodeRefFragment) => ('name' in node && node.name ? node.name : node.id);

/** A picker's label once chosen: the entity's name, fetched from its id in the URL. */
function usePickedName(id: string | undefined): string {
  const state = useQuery(ExploreNodeNameDocument, { id: id ?? '' }, { skip: !id });
  const node = id ? state.data?.node : undefined;
  return node ? nameOf(node) : '';
}

/**
 * How two entities are connected (`/explore/connections?from=&to=&maxHops=`): the shortest paths
 * drawn together, and each path as a list of steps with the evidence for each.
 */
export function ConnectionsPage({ from, to, maxHops = 4 }: { from?: string; to?: string; maxHops?: number }) {
  usePageTitle('Connections');
  const [picked, setPicked] = useState<{ from?: string; to?: string; hops: number }>({
    from,
    to,
    hops: maxHops,
  });
  const fromName = usePickedName(from);
  const toName = usePickedName(to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (picked.from && picked.to) navigate(paths.connections(picked.from, picked.to, picked.hops));
  };
  return (
    <>
      <h1 tabIndex={-1}>Connections</h1>
      <form className="connections-form" onSubmit={submit}>
        <SearchBox
          label="From"
          initialText={fromName}
          onPick={(e) => setPicked((p) => ({ ...p, from: e.id }))}
        />
        <SearchBox label="To" initialText={toName} onPick={(e) => setPicked((p) => ({ ...p, to: e.id }))} />
        <label>
          At most{' '}
          <select
            value={picked.hops}
            onChange={(e) => setPicked((p) => ({ ...p, hops: Number(e.target.value) }))}
          >
            {HOPS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>{' '}
          steps
        </label>
        <button type="submit" disabled={!picked.from || !picked.to}>
          Find connections
        </button>
      </form>
      {from && to ? <ConnectionsResult from={from} to={to} maxHops={maxHops} /> : null}
    </>
  );
}

function ConnectionsResult({ from, to, maxHops }: { from: string; to: string; maxHops: number }) {
  const state = useQuery(ExploreConnectionsDocument, { from, to, maxHops, first: 5 });
  return (
    <QueryResult state={state}>
      {(data) =>
        data.connections.length === 0 ? (
          <p role="status">
            No path of at most {maxHops} steps. Try more steps, or look at each entity’s links.
          </p>
        ) : (
          <Paths key={`${from}|${to}|${maxHops}`} paths={data.connections} from={from} />
        )
      }
    </QueryResult>
  );
}

function Paths({ paths: found, from }: { paths: Path[]; from: string }) {
  const [model, pathEdges, stepOfEdge] = useMemo(() => {
    const m = new GraphModel();
    const edges = found.map((p) => m.addPath(p.steps));
    const steps = new Map(found.flatMap((p) => p.steps).map((s) => [GraphModel.stepEdgeId(s), s]));
    return [m, edges, steps] as const;
  }, [found]);
  const [shown, setShown] = useState(0);
  const [evidence, setEvidence] = useState<Step | null>(null);
  const highlighted = useMemo(() => new Set(pathEdges[shown] ?? []), [pathEdges, shown]);

  return (
    <>
      <p role="status">
        {found.length} shortest path{found.length === 1 ? '' : 's'} of {found[0]!.length} step
        {found[0]!.length === 1 ? '' : 's'}.
      </p>
      <GraphView
        model={model}
        version={1}
        rootId={from}
        layout="paths"
        highlighted={highlighted}
        label={`The ${found.length} shortest paths drawn together, path ${shown + 1} emphasised; each path is listed below step by step.`}
        onOpenNode={(id) => navigate(paths.entity(id))}
        onSelectEdge={(id) => setEvidence(stepOfEdge.get(id) ?? null)}
      />
      {evidence ? (
        <EvidencePanel
          title={`${nameOf(evidence.from)} ${relationReading(evidence.relation, evidence.reversed ? 'IN' : 'OUT').toLowerCase()} ${nameOf(evidence.to)}`}
          citations={evidence.sources}
          onClose={() => setEvidence(null)}
        />
      ) : null}
      <ol className="paths">
        {found.map((path, p) => (
          <li key={p} className={p === shown ? 'path shown' : 'path'}>
            <h2>
              Path {p + 1}{' '}
              <button type="button" onClick={() => setShown(p)} aria-pressed={p === shown}>
                {p === shown ? 'Emphasised in the graph' : 'Emphasise in the graph'}
              </button>
            </h2>
            <ol className="steps">
              {path.steps.map((step, s) => (
                <li key={s}>
                  <EntityLink entity={{ ...step.from, name: nameOf(step.from) }} showKind={false} />{' '}
                  <span className="relation" title={step.relation}>
                    {step.reversed
                      ? relationReading(step.relation, 'IN').toLowerCase()
                      : relationVerb(step.relation)}
                  </span>{' '}
                  <EntityLink entity={{ ...step.to, name: nameOf(step.to) }} showKind={false} />{' '}
                  <button type="button" onClick={() => setEvidence(step)}>
                    Evidence
                    <span className="visually-hidden">
                      {' '}
                      for step {s + 1} of path {p + 1}
                    </span>
                  </button>
                  <ul className="step-sources">
                    {step.sources.map((c) => (
                      <li key={`${c.passage}|${c.quote}`}>
                        “{c.quote}” <Link href={paths.document(c.document.id, c.passage)}>{c.passage}</Link>{' '}
                        {c.confidence !== 'CONFIRMED' ? <ConfidenceTag confidence={c.confidence} /> : null}
                      </li>
                    ))}
                    {step.sources.length === 0 ? <li className="warning">No source for this step.</li> : null}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}
