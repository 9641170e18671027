import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  ConnectionsDocument,
  EntityFactsDocument,
  GapsReportDocument,
  LinkListDocument,
  PartnerCollaborationsDocument,
  PassageSearchDocument,
  SearchBoxDocument,
  SectorPageDocument,
} from '../../schema/generated/graphql.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The example operations in schema/operations are what a frontend writes; they run here through
 * their generated typed documents, exactly as the README shows, so an example cannot rot.
 */
describe('example operations (schema/operations) through their typed documents', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  /** What a frontend's typed client does: the result type comes from the document. */
  async function run<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    variables: V,
  ): Promise<R> {
    return server.data<R>(print(document), variables);
  }

  it('SectorPage shows a sector with its instruments, programmes, partners and sources', async () => {
    const { node } = await run(SectorPageDocument, {
      id: 'sector:agriculture-plantations-other-rural-sectors',
    });
    expect(node?.__typename).toBe('Sector');
    if (node?.__typename !== 'Sector') return;
    expect(node.instruments.map((i) => i.code)).toContain('C184');
    expect(node.partners.map((p) => p.acronym)).toContain('FAO');
    expect(node.sources.length).toBeGreaterThan(0);
  });

  it('PartnerCollaborations lists what FAO does with the ILO, with evidence', async () => {
    const { collaborations } = await run(PartnerCollaborationsDocument, { partner: 'agency:FAO' });
    expect(collaborations.totalCount).toBeGreaterThan(0);
    const first = collaborations.edges[0]!.node;
    expect(first.partners.map((p) => p.id)).toContain('agency:FAO');
    expect(first.sources[0]?.passageText).toContain(first.sources[0]!.quote.split(' ')[0]!);
  });

  it('SearchBox finds WHO first', async () => {
    const { search } = await run(SearchBoxDocument, { query: 'WHO' });
    expect(search[0]?.entity.id).toBe('agency:WHO');
  });

  it('LinkList links a partner list written its own way to the graph', async () => {
    const { match } = await run(LinkListDocument, {
      inputs: [{ name: 'F.A.O.' }, { name: 'Organización Mundial de la Salud' }, { name: 'C182' }],
    });
    expect(match.map((r) => r.matched?.entity.id)).toEqual(['agency:FAO', 'agency:WHO', 'instrument:C182']);
    expect(match[1]!.candidates[0]!.features.find((f) => f.contribution > 0)?.detail).toBe(
      'Spanish name "Organización Mundial de la Salud"',
    );
  });

  it('PassageSearch finds a phrase hyphenated across a line end, highlights it and lists the facts citing it', async () => {
    const { passages } = await run(PassageSearchDocument, {
      query: '"sub-Saharan Africa" devastating',
      documents: ['document:003'],
    });
    const hit = passages[0]!;
    expect(hit.document.id).toBe('document:003');
    const marked = hit.highlights.flatMap((h) => h.matches.map((m) => h.text.slice(m.start, m.end)));
    expect(marked).toContain('sub- Saharan Africa');
    const statement = hit.citedBy.find((f) => f.statement)?.statement;
    expect(statement?.id).toBe('region:sub-saharan-africa/hiv-aids-impact');
    expect(statement?.value.__typename).toBe('ConditionValue');
  });

  it('EntityFacts gives typed statements and where a value comes from', async () => {
    const { entity } = await run(EntityFactsDocument, { id: 'register:special-list' });
    const members = entity?.statements.find((s) => s.property === 'members');
    expect(members?.value.__typename).toBe('CountValue');
    if (members?.value.__typename !== 'CountValue') return;
    expect([members.value.count, members.value.approximation, members.value.text]).toEqual([
      160,
      'ABOUT',
      'about 160 NGOs',
    ]);
    expect(members.sources[0]?.document.id).toBe('document:004');
    expect(entity?.sourcesOf.map((s) => s.passage)).toContain('004#civil-society');
  });

  it('GapsReport explains each gap', async () => {
    const { gaps } = await run(GapsReportDocument, { kinds: ['SECTOR_WITHOUT_INSTRUMENT'] });
    for (const gap of gaps) expect(gap.explanation.length).toBeGreaterThan(20);
  });

  it('Connections walks from FAO to a Convention step by step', async () => {
    const { connections } = await run(ConnectionsDocument, { from: 'agency:FAO', to: 'instrument:C184' });
    expect(connections.length).toBeGreaterThan(0);
    expect(connections[0]!.steps[0]!.from.id).toBe('agency:FAO');
    expect(connections[0]!.steps.at(-1)!.to.id).toBe('instrument:C184');
  });
});
