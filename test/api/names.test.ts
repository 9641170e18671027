import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Named {
  entity: {
    name: string;
    aliases: string[];
    names: {
      name: string;
      language: string;
      type: string;
      sources: { passage: string; quote: string; confidence: string; document: { id: string } }[];
    }[];
  };
}

describe('Entity.names', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const names = (id: string) =>
    server.data<Named>(
      `query($id: ID!) { entity(id: $id) { name aliases names { name language type sources { passage quote confidence document { id } } } } }`,
      { id },
    );

  it('gives a partner agency its French and Spanish names with their sources, from the store', async () => {
    const { entity } = await names('agency:WHO');
    const french = entity.names.filter((n) => n.language === 'FR');
    expect(french.map((n) => [n.name, n.type])).toEqual([
      ['Organisation mondiale de la Santé', 'OFFICIAL'],
      ['OMS', 'ACRONYM'],
    ]);
    expect(french[1]?.sources).toEqual([
      {
        passage: 'ref-names#agency-who-fr-oms',
        quote: 'name: OMS',
        confidence: 'UNCONFIRMED',
        document: { id: 'document:ref-names' },
      },
    ]);
    expect(entity.aliases).toEqual(expect.arrayContaining(['OMS', 'Organización Mundial de la Salud']));
  });

  it('cites a reference a document uses with its passage', async () => {
    const { entity } = await names('instrument:C138');
    const reference = entity.names.find((n) => n.name === 'Convention No. 138');
    expect(reference).toMatchObject({
      language: 'EN',
      type: 'REFERENCE',
      sources: [{ passage: '003#30', confidence: 'CONFIRMED', document: { id: 'document:003' } }],
    });
  });

  it('is empty for an entity with no other name', async () => {
    const { entity } = await names('topic:child-labour');
    expect(entity.names).toEqual([]);
  });
});
