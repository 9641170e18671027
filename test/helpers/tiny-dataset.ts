import type { Citation, Dataset } from '../../src/domain/dataset.js';

/**
 * A tiny, known graph every store test reasons about (like graphql-js's Star Wars fixture):
 * one document with two passages; a department running a programme that targets a sector and
 * promotes a Convention applying to it; an agency collaborating with the department on it.
 */
const doc = (passage: string, quote: string): Citation => ({ passage, quote, confidence: 'confirmed' });

export const TINY_DATASET: Dataset = {
  passages: [
    {
      id: 'T#1',
      documentId: 'document:T',
      label: '1',
      ordinal: 1,
      text: 'The Sécurité Department runs the Harbour Programme for ports.',
    },
    {
      id: 'T#2',
      documentId: 'document:T',
      label: '2',
      ordinal: 2,
      text: 'Work on ports with the World Health Organization (WHO) on health.',
    },
  ],
  entities: [
    {
      id: 'document:T',
      kind: 'Document',
      name: 'Test document',
      sources: [doc('T#1', 'The Sécurité Department')],
      year: 2007,
      symbol: 'T/1',
    },
    {
      id: 'department:secu',
      kind: 'Department',
      name: 'Sécurité Department',
      acronym: 'SECU',
      aliases: ['Safety Department'],
      sources: [doc('T#1', 'The Sécurité Department')],
    },
    {
      id: 'programme:harbour',
      kind: 'Programme',
      name: 'Harbour Programme',
      sources: [doc('T#1', 'the Harbour Programme')],
      year: 2001,
      endYear: 2005,
    },
    {
      id: 'sector:ports',
      kind: 'Sector',
      name: 'Ports',
      sources: [doc('T#1', 'for ports')],
      isicSections: ['H'],
    },
    { id: 'sector:empty', kind: 'Sector', name: 'Empty sector', sources: [] },
    {
      id: 'instrument:C999',
      kind: 'Instrument',
      name: 'Test Convention, 1999 (No. 999)',
      instrumentType: 'Convention',
      number: 999,
      year: 1999,
      sources: [{ passage: 'T#2', quote: 'on ports', confidence: 'unconfirmed' }],
    },
    {
      id: 'agency:WHO',
      kind: 'PartnerAgency',
      name: 'World Health Organization',
      acronym: 'WHO',
      sources: [doc('T#2', 'World Health Organization (WHO)')],
    },
    { id: 'topic:health', kind: 'Topic', name: 'Health', sources: [doc('T#2', 'on health')] },
    {
      id: 'collaboration:who-ports',
      kind: 'Collaboration',
      name: 'WHO on ports',
      description: 'Work on ports with WHO.',
      since: 2006,
      sources: [doc('T#2', 'Work on ports with the World Health Organization (WHO)')],
    },
  ],
  links: [
    {
      from: 'department:secu',
      type: 'RUNS',
      to: 'programme:harbour',
      sources: [doc('T#1', 'runs the Harbour Programme')],
    },
    {
      from: 'programme:harbour',
      type: 'TARGETS',
      to: 'sector:ports',
      sources: [doc('T#1', 'Harbour Programme for ports')],
    },
    { from: 'programme:harbour', type: 'PROMOTES', to: 'instrument:C999', sources: [] },
    { from: 'instrument:C999', type: 'APPLIES_TO', to: 'sector:ports', sources: [doc('T#2', 'on ports')] },
    {
      from: 'collaboration:who-ports',
      type: 'HAS_PARTNER',
      to: 'agency:WHO',
      sources: [doc('T#2', 'World Health Organization (WHO)')],
    },
    {
      from: 'collaboration:who-ports',
      type: 'HAS_ILO_PARTY',
      to: 'department:secu',
      sources: [doc('T#2', 'Work on ports')],
    },
    {
      from: 'collaboration:who-ports',
      type: 'ON_SECTOR',
      to: 'sector:ports',
      sources: [doc('T#2', 'on ports')],
    },
    {
      from: 'collaboration:who-ports',
      type: 'ON_TOPIC',
      to: 'topic:health',
      sources: [doc('T#2', 'on health')],
    },
  ],
  statements: [],
};
