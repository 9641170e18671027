import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';

import type { DrawnGraph } from '../graph/drawn-graph.js';
import type { GraphEdge, GraphModel, GraphNode } from '../graph/graph-model.js';
import { kindStyle } from '../graph/kind-style.js';
import { relationVerb } from '../text/relations.js';

/** The view's element, with `drawnGraph()` (see drawn-graph.ts). */
interface GraphViewElement extends HTMLDivElement {
  drawnGraph?: () => DrawnGraph;
}

export interface GraphViewProps {
  model: GraphModel;
  /** Bumped by the owner whenever the model grew: the view adds what is new and lays out again. */
  version: number;
  /** The node the view is about (drawn larger, at the centre); for paths, where they start. */
  rootId: string;
  /** `rings`: the root at the centre, its links around it; `paths`: levels from the root. */
  layout: 'rings' | 'paths';
  isHidden?: (element: GraphNode | GraphEdge) => boolean;
  /** Relationship ids drawn emphasised (a selected path or link). */
  highlighted?: ReadonlySet<string>;
  /** Accessible description of the picture; the same facts must be on the page as text. */
  label: string;
  onOpenNode: (id: string) => void;
  onExpandNode?: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

/** Edge labels are drawn when there are at most this many links; beyond, they clutter. */
const MAX_LABELLED_EDGES = 40;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 26,
      height: 26,
      'border-width': 1.5,
      'border-color': '#1b1b1b',
      label: 'data(label)',
      'font-size': 11,
      color: '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
    },
  },
  {
    selector: 'node.root',
    style: { width: 42, height: 42, 'border-width': 4, 'font-size': 13, 'font-weight': 'bold' },
  },
  { selector: 'node.hover', style: { 'border-color': '#e8a317', 'border-width': 4 } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#8c8c8c',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8c8c8c',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
    },
  },
  {
    selector: 'edge.labelled',
    style: {
      label: 'data(verb)',
      'font-size': 9,
      color: '#4d4d4d',
      'text-rotation': 'autorotate',
      // An outline, not a box: the line stays visible through its label.
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
    },
  },
  { selector: 'edge.unsourced', style: { 'line-style': 'dashed' } },
  { selector: 'edge.hover', style: { width: 4, 'line-color': '#e8a317', 'target-arrow-color': '#e8a317' } },
  {
    selector: 'edge.highlighted',
    style: { width: 4, 'line-color': '#c0392b', 'target-arrow-color': '#c0392b', 'z-index': 10 },
  },
  { selector: '.hidden', style: { display: 'none' } },
];

function nodeElement(node: GraphNode, rootId: string): ElementDefinition {
  const style = kindStyle(node.kind);
  return {
    group: 'nodes',
    data: {
      id: node.id,
      label: node.label,
      name: node.name,
      kind: node.kind,
      colour: style.colour,
      shape: style.shape,
    },
    classes: node.id === rootId ? 'root' : '',
  };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      verb: relationVerb(edge.relation),
    },
    classes: edge.sources.length === 0 ? 'unsourced' : '',
  };
}

/**
 * A graph drawn with Cytoscape.js on a canvas: kinds as colours and shapes, a click on a node opens
 * its page, a right-click expands it in place, a click on a link opens its evidence. The picture
 * is `role="img"` with a description; every node and link in it is also on the page as text
 * (with the same actions as buttons), so it works with a keyboard and a screen reader.
 */
export function GraphView(props: GraphViewProps) {
  const container = useRef<GraphViewElement>(null);
  const cyRef = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const [hover, setHover] = useState<string | null>(null);

  useEffect(() => {
    const element = container.current!;
    const cy = cytoscape({
      container: element,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cy.on('tap', 'node', (e) => handlers.current.onOpenNode(e.target.id()));
    cy.on('cxttap', 'node', (e) => handlers.current.onExpandNode?.(e.target.id()));
    cy.on('tap', 'edge', (e) => handlers.current.onSelectEdge(e.target.id()));
    cy.on('mouseover', 'node, edge', (e) => {
      e.target.addClass('hover');
      element.style.cursor = 'pointer';
      const data = e.target.data();
      setHover(
        e.target.isNode()
          ? `${data.name} (${kindStyle(data.kind).label}): click to open${handlers.current.onExpandNode ? ', right-click to expand here' : ''}`
          : `${cy.getElementById(data.source).data('name')} ${data.verb} ${cy.getElementById(data.target).data('name')}: click for the evidence`,
      );
    });
    cy.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('hover');
      element.style.cursor = '';
      setHover(null);
    });
    element.drawnGraph = () => ({
      nodes: cy.nodes(':visible').map((n) => ({
        id: n.id(),
        kind: String(n.data('kind')),
        label: String(n.data('label')),
        x: n.renderedPosition().x,
        y: n.renderedPosition().y,
        size: n.renderedWidth(),
      })),
      edges: cy.edges(':visible').map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        relation: String(e.data('relation')),
        x: e.renderedMidpoint().x,
        y: e.renderedMidpoint().y,
      })),
    });
    cyRef.current = cy;
    return () => {
      delete element.drawnGraph;
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // The model grew (or the page moved to another root): draw what is new, lay everything out again.
  const { model, version, rootId, layout } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        if (!model.nodes.has(n.id())) cy.remove(n);
      });
      cy.edges().forEach((e) => {
        if (!model.edges.has(e.id())) cy.remove(e);
      });
      for (const node of model.nodes.values())
        if (cy.getElementById(node.id).empty()) cy.add(nodeElement(node, rootId));
      for (const edge of model.edges.values())
        if (cy.getElementById(edge.id).empty()) cy.add(edgeElement(edge));
      cy.nodes().forEach((n) => {
        n.toggleClass('root', n.id() === rootId);
      });
    });
    applyFilters(cy, handlers.current);
    runLayout(cy, rootId, layout);
  }, [model, version, rootId, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applyFilters(cy, props);
  }, [props.isHidden, props.highlighted]);

  return (
    <figure className="graph">
      <div className="graph-canvas" ref={container} role="img" aria-label={props.label} data-graph-view="" />
      <figcaption className="graph-hint" aria-hidden="true">
        {hover ??
          `Click a node to open it${props.onExpandNode ? ', right-click to expand it here' : ''}; click a link for its evidence. Scroll to zoom, drag to move.`}
      </figcaption>
    </figure>
  );
}

function applyFilters(cy: Core, { model, isHidden, highlighted }: GraphViewProps): void {
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const node = model.nodes.get(n.id());
      n.toggleClass('hidden', Boolean(node && isHidden?.(node)));
    });
    const edges = cy.edges();
    edges.forEach((e) => {
      const edge = model.edges.get(e.id());
      e.toggleClass('hidden', Boolean(edge && isHidden?.(edge)));
      e.toggleClass('highlighted', Boolean(highlighted?.has(e.id())));
    });
    const labelled = cy.edges(':visible').length <= MAX_LABELLED_EDGES;
    edges.forEach((e) => {
      e.toggleClass('labelled', labelled);
    });
  });
}

/** Distance in links from the root over what is shown; unreachable nodes count as farthest. */
function depths(cy: Core, rootId: string): Map<string, number> {
  const depth = new Map<string, number>([[rootId, 0]]);
  let frontier = [rootId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      cy.getElementById(id)
        .neighborhood('node')
        .forEach((n) => {
          if (!depth.has(n.id())) {
            depth.set(n.id(), depth.get(id)! + 1);
            next.push(n.id());
          }
        });
    }
    frontier = next;
  }
  return depth;
}

/** How many nodes the innermost ring holds; each ring further out holds RING_GROWTH more. */
const FIRST_RING = 14;
const RING_GROWTH = 8;

/**
 * The ring of each node for the `rings` layout: the root alone at the centre, then the nodes one
 * link away, then two links away..., a crowded distance spread over several rings so that a hub's
 * fifty links stay readable. Within a ring, nodes go by kind, then name, so kinds sit together.
 */
function rings(cy: Core, rootId: string): Map<string, { ring: number; order: number; size: number }> {
  const depth = depths(cy, rootId);
  const far = Math.max(0, ...depth.values()) + 1;
  const byDepth = new Map<number, { id: string; kind: string; label: string }[]>();
  cy.nodes().forEach((n) => {
    const d = depth.get(n.id()) ?? far;
    byDepth.set(d, [
      ...(byDepth.get(d) ?? []),
      { id: n.id(), kind: String(n.data('kind')), label: String(n.data('label')) },
    ]);
  });
  const result = new Map<string, { ring: number; order: number; size: number }>();
  let ring = 0;
  for (const d of [...byDepth.keys()].sort((a, b) => a - b)) {
    const nodes = byDepth
      .get(d)!
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    for (let start = 0; start < nodes.length; ) {
      const capacity = d === 0 ? 1 : FIRST_RING + RING_GROWTH * Math.max(0, ring - 1);
      const chunk = nodes.slice(start, start + capacity);
      chunk.forEach((n, i) => result.set(n.id, { ring, order: i, size: chunk.length }));
      start += chunk.length;
      ring += 1;
    }
  }
  return result;
}

function runLayout(cy: Core, rootId: string, layout: 'rings' | 'paths'): void {
  if (layout === 'rings') {
    const placed = rings(cy, rootId);
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    const stretch = Math.min(2, Math.max(1, cy.width() / Math.max(1, cy.height())));
    cy.layout({
      name: 'concentric',
      // Concentric puts higher values inside and splits levels 5 apart: ring r gets 10 × (−r),
      // and a fraction below 1 keeps the chosen order within the ring (the sort is stable).
      concentric: (n) => {
        const p = placed.get(n.id());
        return p ? -10 * p.ring + (1 - p.order / Math.max(1, p.size)) * 0.9 : -100000;
      },
      levelWidth: () => 5,
      // Room for a link's label between rings; a hub's many rings pack closer.
      minNodeSpacing: cy.nodes().length > 30 ? 40 : 90,
      avoidOverlap: true,
      animate: false,
      padding: 24,
      // Rings drawn as ellipses as wide as the view allows: the view is wider than tall.
      transform: (_node, position) => ({ x: centre.x + (position.x - centre.x) * stretch, y: position.y }),
    }).run();
  } else {
    cy.layout({
      name: 'breadthfirst',
      roots: [rootId],
      directed: false,
      spacingFactor: 1.2,
      avoidOverlap: true,
      animate: false,
      padding: 24,
      // Levels from left to right: a path reads like a sentence, and the view is wider than tall.
      transform: (_node, position) => ({ x: position.y, y: position.x }),
    }).run();
  }
  cy.fit(undefined, 24);
}
