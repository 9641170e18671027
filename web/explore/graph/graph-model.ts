import type {
  CitationRefFragment,
  EntityRefFragment,
  NeighbourLinkFragment,
  NodeRefFragment,
} from '../generated/graphql.js';
import type { NodeKind } from './kind-style.js';

/** A node as drawn: an entity or a collaboration. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  /** The full name (lists, tooltips). */
  name: string;
  /** What the drawing writes beside the node: the acronym where there is one, else the name, shortened. */
  label: string;
}

/** A relationship as drawn, in its stored direction, with the evidence for it. */
export interface GraphEdge {
  /** `<from>|<TYPE>|<to>`, the API's own relationship id format. */
  id: string;
  source: string;
  target: string;
  relation: string;
  sources: CitationRefFragment[];
}

/** A collaboration's participant lists, each a role in it. */
type ParticipantList = 'partners' | 'iloParties' | 'sectors' | 'topics' | 'countries';
type Participants = { [L in ParticipantList]?: readonly { id: string }[] };
const ROLES: [ParticipantList, string][] = [
  ['partners', 'HAS_PARTNER'],
  ['iloParties', 'HAS_ILO_PARTY'],
  ['sectors', 'ON_SECTOR'],
  ['topics', 'ON_TOPIC'],
  ['countries', 'IN_COUNTRY'],
];

const MAX_LABEL = 28;

/** The label drawn beside a node: `WHO`, or a name cut to 28 characters. */
export function nodeLabel(name: string, acronym?: string | null): string {
  if (acronym) return acronym;
  return name.length <= MAX_LABEL ? name : `${name.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/**
 * The graph a page draws, built from API answers and grown in place (expanding a node adds its
 * links). Nodes and relationships are kept once each, by id, however many answers mention them;
 * a relationship seen again keeps the union of its sources.
 */
export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  addEntity(entity: EntityRefFragment): GraphNode {
    return this.addNode({
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      label: nodeLabel(entity.name, entity.acronym),
    });
  }

  /** Any node of a path or a gap: an entity, or a collaboration. */
  addNodeRef(node: NodeRefFragment): GraphNode {
    if (node.__typename === 'Collaboration')
      return this.addNode({
        id: node.id,
        kind: 'COLLABORATION',
        name: node.name,
        label: nodeLabel(node.name),
      });
    if ('kind' in node && node.kind && 'name' in node && node.name)
      return this.addEntity({ id: node.id, kind: node.kind, name: node.name, acronym: node.acronym ?? null });
    return this.addNode({ id: node.id, kind: 'DOCUMENT', name: node.id, label: nodeLabel(node.id) });
  }

  addNode(node: GraphNode): GraphNode {
    const known = this.nodes.get(node.id);
    if (known) return known;
    this.nodes.set(node.id, node);
    return node;
  }

  addEdge(source: string, relation: string, target: string, sources: CitationRefFragment[]): GraphEdge {
    const id = `${source}|${relation}|${target}`;
    const known = this.edges.get(id);
    if (known) {
      for (const s of sources)
        if (!known.sources.some((k) => k.passage === s.passage && k.quote === s.quote)) known.sources.push(s);
      return known;
    }
    const edge: GraphEdge = { id, source, target, relation, sources: [...sources] };
    this.edges.set(id, edge);
    return edge;
  }

  /**
   * An entity and its links, as `Entity.neighbours` gives them: a direct link becomes a
   * relationship in its stored direction; a link through a collaboration becomes the
   * collaboration, drawn as a node, with the entity's role in it and the neighbour's.
   */
  addNeighbourhood(center: EntityRefFragment, links: readonly NeighbourLinkFragment[]): void {
    this.addEntity(center);
    for (const link of links) {
      const neighbour = this.addEntity(link.entity);
      if (link.direction === 'OUT') this.addEdge(center.id, link.relation, neighbour.id, link.sources);
      else if (link.direction === 'IN') this.addEdge(neighbour.id, link.relation, center.id, link.sources);
      else if (link.collaboration) {
        const collaboration = link.collaboration;
        this.addNode({
          id: collaboration.id,
          kind: 'COLLABORATION',
          name: collaboration.name,
          label: nodeLabel(collaboration.name),
        });
        this.addEdge(collaboration.id, roleIn(collaboration, center.id), center.id, link.sources);
        this.addEdge(collaboration.id, link.relation, neighbour.id, link.sources);
      }
    }
  }

  /** A collaboration and every participant, each linked by its role. */
  addCollaboration(
    collaboration: { id: string; name: string; sources: CitationRefFragment[] } & {
      [L in ParticipantList]?: readonly EntityRefFragment[];
    },
  ): void {
    this.addNode({
      id: collaboration.id,
      kind: 'COLLABORATION',
      name: collaboration.name,
      label: nodeLabel(collaboration.name),
    });
    for (const [list, role] of ROLES) {
      for (const participant of collaboration[list] ?? []) {
        this.addEntity(participant);
        this.addEdge(collaboration.id, role, participant.id, collaboration.sources);
      }
    }
  }

  /**
   * A path of `connections`, step by step; a step walked against its relationship's direction
   * (`reversed`) is stored the way the relationship points. Returns the relationship ids in
   * walking order.
   */
  addPath(steps: readonly PathStepLike[]): string[] {
    return steps.map((step) => {
      const from = this.addNodeRef(step.from);
      const to = this.addNodeRef(step.to);
      const [source, target] = step.reversed ? [to, from] : [from, to];
      return this.addEdge(source.id, step.relation, target.id, step.sources).id;
    });
  }

  /** The relationship id a step of a path is drawn as (see addPath). */
  static stepEdgeId(step: PathStepLike): string {
    const [source, target] = step.reversed ? [step.to.id, step.from.id] : [step.from.id, step.to.id];
    return `${source}|${step.relation}|${target}`;
  }

  /** The relationships touching a node. */
  edgesOf(id: string): GraphEdge[] {
    return [...this.edges.values()].filter((e) => e.source === id || e.target === id);
  }
}

/** One step of a path, as `connections` gives it. */
export interface PathStepLike {
  relation: string;
  reversed: boolean;
  from: NodeRefFragment;
  to: NodeRefFragment;
  sources: CitationRefFragment[];
}

/** An entity's role in a collaboration: the participant list that holds it. */
export function roleIn(collaboration: Participants, id: string): string {
  for (const [list, role] of ROLES) {
    if (collaboration[list]?.some((m) => m.id === id)) return role;
  }
  return 'TAKES_PART_IN';
}
