import { describe, expect, it } from 'vitest';

import { buildDataset } from '../../seed/build-dataset.js';
import { MentionFinder } from '../../seed/review/mentions.js';
import { readReviewRecords, ReviewRecords } from '../../seed/review/records.js';
import { joinable, reviewCounts, reviewDocuments } from '../../seed/review/review.js';
import type { Dataset, EntityRecord } from '../../src/domain/dataset.js';

const entity = (id: string, kind: EntityRecord['kind'], name: string, extra: Partial<EntityRecord> = {}) =>
  ({ id, kind, name, sources: [], ...extra }) as EntityRecord;

describe('mentions: which entities a passage names', () => {
  const finder = new MentionFinder([
    entity('agency:WHO', 'PartnerAgency', 'World Health Organization', { acronym: 'WHO' }),
    entity('agency:ILO', 'PartnerAgency', 'International Labour Organization', { acronym: 'ILO' }),
    entity('topic:social-dialogue', 'Topic', 'Social dialogue'),
    entity('department:sds', 'Department', 'Social Dialogue Sector'),
    entity('topic:child-labour', 'Topic', 'Child labour'),
    entity('objective:1b', 'Objective', 'Child labour', { code: '1b' }),
    entity('sector:ships', 'Sector', 'Shipping; ports; fisheries; inland waterways'),
  ]);
  const ids = (text: string) => finder.find({ text }).map((m) => m.id);

  it('matches an acronym as written, a name in any case and without accents', () => {
    expect(ids('workers who migrate')).toEqual([]);
    expect(ids('with WHO and others')).toEqual(['agency:WHO']);
    expect(ids('the world health organization')).toEqual(['agency:WHO']);
  });

  it('needs word boundaries: ILO is not in ILOLEX', () => {
    expect(ids('ILOLEX and NATLEX')).toEqual([]);
    expect(ids('the ILO’s work')).toEqual(['agency:ILO']);
  });

  it('takes the longest match: "Social Dialogue Sector" names the department, not the topic', () => {
    expect(ids('with the Social Dialogue Sector')).toEqual(['department:sds']);
    expect(ids('social dialogue in the Social Dialogue Sector')).toEqual([
      'topic:social-dialogue',
      'department:sds',
    ]);
  });

  it('reads a span naming a topic and an objective as the topic', () => {
    expect(ids('the incidence of child labour')).toEqual(['topic:child-labour']);
  });

  it('finds a reference sector by each part of its semicolon name', () => {
    expect(ids('work on fisheries')).toEqual(['sector:ships']);
    expect(ids('modernization of ports')).toEqual(['sector:ships']);
  });
});

describe('joinable: which pairs of kinds the graph can relate', () => {
  it('joins kinds some relation type joins, in either direction', () => {
    expect(joinable('Programme', 'Sector')).toBe(true);
    expect(joinable('Sector', 'Programme')).toBe(true);
    expect(joinable('Topic', 'Sector')).toBe(true); // CONCENTRATED_IN
  });

  it('joins a partner and a participant through a collaboration', () => {
    expect(joinable('PartnerAgency', 'Sector')).toBe(true);
    expect(joinable('PartnerAgency', 'Objective')).toBe(true);
  });

  it('does not join kinds no relation type joins', () => {
    expect(joinable('Topic', 'Topic')).toBe(false);
    expect(joinable('Country', 'Sector')).toBe(false);
  });
});

/** A one-passage document naming a programme, a sector and a topic, and an unnamed NGO. */
function tiny(links: Dataset['links'] = []): Dataset {
  return {
    passages: [
      {
        id: '900#1',
        documentId: 'document:900',
        label: '1',
        ordinal: 1,
        text: 'The Harbour Programme works on ports and on migration.',
      },
    ],
    entities: [
      entity('programme:harbour', 'Programme', 'Harbour Programme'),
      entity('sector:ports', 'Sector', 'Ports'),
      entity('topic:migration', 'Topic', 'Migration'),
      entity('ngo:quiet', 'Ngo', 'Quiet Association'),
    ],
    links,
    statements: [],
  };
}

const records = (files: Record<string, unknown>) => {
  const r = new ReviewRecords();
  for (const [file, content] of Object.entries(files)) r.add(file, content);
  expect(r.problems).toEqual([]);
  return r;
};

describe('review: pairs no link connects, isolated entities, stale records', () => {
  it('reports every joinable pair of a passage that no link citing it connects, and every isolated entity', () => {
    const report = reviewDocuments(tiny(), records({}));
    const unlinked = report.passages[0]!.unlinked.map((u) => `${u.a} ${u.b} ${u.reason}`);
    expect(unlinked.sort()).toEqual([
      'programme:harbour sector:ports null',
      'programme:harbour topic:migration null',
      'sector:ports topic:migration null',
    ]);
    expect(report.isolated.map((e) => e.id).sort()).toEqual([
      'ngo:quiet',
      'programme:harbour',
      'sector:ports',
      'topic:migration',
    ]);
    expect(reviewCounts(report).unreviewedPairs).toBe(3);
  });

  /** The tiny dataset with the link 900#1 states: the programme works on ports. */
  const harbourOnPorts = () =>
    tiny([
      {
        from: 'programme:harbour',
        type: 'TARGETS',
        to: 'sector:ports',
        sources: [{ passage: '900#1', quote: 'works on ports', confidence: 'confirmed' }],
      },
    ]);
  /** A review file for passage 900#1 recording `pairs` with `reason`. */
  const reviewOf900 = (reason: string, pairs: [string, string][]) => ({
    document: '900',
    pairs: [{ passage: '900#1', reason, pairs }],
  });

  it('counts a pair as linked by a link citing the passage, and a reviewed pair by its record', () => {
    const report = reviewDocuments(
      harbourOnPorts(),
      records({
        'review/900.yaml': reviewOf900('named together; the passage relates neither to migration', [
          ['topic:migration', 'programme:harbour'],
          ['sector:ports', 'topic:migration'],
        ]),
        'review/entities.yaml': { isolated: [{ id: 'ngo:quiet', reason: 'named by no document at all' }] },
      }),
    );
    expect(report.passages[0]!.linked).toEqual([['programme:harbour', 'sector:ports']]);
    expect(reviewCounts(report)).toMatchObject({ reviewedPairs: 2, unreviewedPairs: 0, stale: 0 });
    expect(report.isolated.filter((e) => e.reason === null).map((e) => e.id)).toEqual(['topic:migration']);
  });

  it('reports a record that matches nothing any more as stale', () => {
    const report = reviewDocuments(
      harbourOnPorts(),
      records({
        'review/900.yaml': reviewOf900('was unlinked before the link', [
          ['programme:harbour', 'sector:ports'],
        ]),
      }),
    );
    expect(report.stale).toEqual(['review/900.yaml › 900#1 programme:harbour sector:ports']);
  });

  it('refuses a record without a reason, or for a passage of another document', () => {
    const r = new ReviewRecords();
    r.add('review/900.yaml', {
      document: '900',
      pairs: [{ passage: '900#1', reason: 'short', pairs: [['a:b', 'c:d']] }],
    });
    r.add('review/901.yaml', {
      document: '901',
      pairs: [{ passage: '900#1', reason: 'a reason long enough', pairs: [['a:b', 'c:d']] }],
    });
    expect(r.problems.join('\n')).toMatch(/900\.yaml › pairs\.0\.reason/);
    expect(r.problems.join('\n')).toMatch(/not a passage of document 901/);
  });
});

describe('the review of the five documents', () => {
  it('leaves nothing unreviewed and no stale record: every pair is linked or has its reason', async () => {
    const [dataset, recorded] = await Promise.all([buildDataset(), readReviewRecords()]);
    expect(recorded.problems).toEqual([]);
    const report = reviewDocuments(dataset, recorded);
    const unreviewed = report.passages.flatMap((p) =>
      p.unlinked.filter((u) => u.reason === null).map((u) => `${p.passage} ${u.a} ${u.b}`),
    );
    expect(unreviewed).toEqual([]);
    expect(report.isolated.filter((e) => e.reason === null).map((e) => e.id)).toEqual([]);
    expect(report.stale).toEqual([]);
    // The pass is not empty: links were made from it, and each document has passages with mentions.
    expect(reviewCounts(report).linkedPairs).toBeGreaterThan(200);
  });
});
