import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Dataset } from '../../src/domain/dataset.js';
import {
  ExploreConnectionsDocument,
  ExploreEntityDocument,
  ExploreNeighboursDocument,
  type ExploreEntityQuery,
  type TypedDocumentString,
} from '../../web/explore/generated/graphql.js';
import { GraphModel } from '../../web/explore/graph/graph-model.js';
import { expectedNeighbourhood, linkId } from '../helpers/expected-neighbourhood.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

type EntityNode = Extract<NonNullable<ExploreEntityQuery['node']>, { kind: string }>;

/**
 * The explorer's graph model, built from the API's real answers (the explorer's own typed
 * documents), against what the knowledge base holds: the picture the explorer draws has exactly
 * the entity's relationships, each in its stored direction, with collaborations as nodes.
 */
describe('the explorer’s graph model on the knowledge base', () => {
  let server: TestServer;
  let dataset: Dataset;
  beforeAll(async () => {
    server = await startTestServer();
    dataset = server.dataset;
  });
  afterAll(() => server.close());

  const run = <R, V>(document: TypedDocumentString<R, V>, variables: V) =>
    server.data<R>(document.toString(), variables as Record<string, unknown>);
  const expected = (id: string) => expectedNeighbourhood(dataset, id);

  async function entityModel(id: string): Promise<GraphModel> {
    const { node } = await run(ExploreEntityDocument, { id });
    const entity = node as EntityNode;
    const model = new GraphModel();
    model.addNeighbourhood(entity, entity.neighbours);
    return model;
  }

  for (const id of ['agency:WHO', 'agency:FAO', 'sector:health-services', 'instrument:C184']) {
    it(`draws ${id}: every relationship of the knowledge base once, in its stored direction, collaborations as nodes`, async () => {
      const model = await entityModel(id);
      const want = expected(id);
      expect(new Set(model.edges.keys())).toEqual(want.edges);
      expect(new Set(model.nodes.keys())).toEqual(want.nodes);
      for (const node of model.nodes.values()) {
        const record = dataset.entities.find((e) => e.id === node.id)!;
        expect(node.name).toBe(record.name);
        expect(node.kind === 'COLLABORATION').toBe(record.kind === 'Collaboration');
      }
      for (const edge of model.edges.values()) {
        const link = dataset.links.find((l) => linkId(l) === edge.id)!;
        expect(edge.sources.map((s) => s.quote).sort()).toEqual(link.sources.map((s) => s.quote).sort());
      }
    });
  }

  it('grows in place: expanding a neighbour adds its relationships and keeps each node and relationship once', async () => {
    const model = await entityModel('agency:WHO');
    const before = { nodes: model.nodes.size, edges: model.edges.size };
    const { entity } = await run(ExploreNeighboursDocument, { id: 'sector:health-services' });
    model.addNeighbourhood(entity!, entity!.neighbours);
    const both = [expected('agency:WHO'), expected('sector:health-services')];
    expect(new Set(model.edges.keys())).toEqual(new Set(both.flatMap((n) => [...n.edges])));
    expect(model.nodes.size).toBe(new Set(both.flatMap((n) => [...n.nodes])).size);
    expect(model.nodes.size).toBeGreaterThan(before.nodes);
    expect(model.edges.size).toBeGreaterThan(before.edges);
  });

  it('draws a collaboration with every participant by its role', async () => {
    const id = dataset.links.find((l) => l.type === 'HAS_PARTNER' && l.to === 'agency:FAO')!.from;
    const { node } = await run(ExploreEntityDocument, { id });
    expect(node?.__typename).toBe('Collaboration');
    const model = new GraphModel();
    model.addCollaboration(node as Parameters<GraphModel['addCollaboration']>[0]);
    expect(new Set(model.edges.keys())).toEqual(
      new Set(dataset.links.filter((l) => l.from === id).map(linkId)),
    );
  });

  it('draws connections as paths of stored relationships, walking each step the way the path goes', async () => {
    const { connections } = await run(ExploreConnectionsDocument, {
      from: 'agency:FAO',
      to: 'instrument:C184',
    });
    expect(connections.length).toBeGreaterThan(0);
    const model = new GraphModel();
    for (const path of connections) {
      const edges = model.addPath(path.steps);
      expect(edges).toEqual(path.steps.map((s) => GraphModel.stepEdgeId(s)));
      for (const id of edges)
        expect(
          dataset.links.some((l) => linkId(l) === id),
          id,
        ).toBe(true);
      expect(path.steps[0]!.from.id).toBe('agency:FAO');
      expect(path.steps.at(-1)!.to.id).toBe('instrument:C184');
    }
  });
});
