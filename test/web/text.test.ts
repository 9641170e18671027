import { describe, expect, it } from 'vitest';

import { collaborationsCsv, COLLABORATION_COLUMNS } from '../../web/explore/text/collaborations-csv.js';
import { toCsv } from '../../web/explore/text/csv.js';
import { findQuote, highlightQuotes } from '../../web/explore/text/highlight.js';
import { relationReading } from '../../web/explore/text/relations.js';

describe('quote highlighting (the evidence panel, the document reader)', () => {
  const text =
    'Cooperation within the multilateral system include: work on agriculture and\n  fishing with FAO; and more.';

  it('finds a quote whose whitespace was folded when it was stored', () => {
    const range = findQuote(text, 'work on agriculture and fishing with FAO');
    expect(range).not.toBeNull();
    expect(text.slice(...range!)).toBe('work on agriculture and\n  fishing with FAO');
  });

  it('marks each quote, merging overlaps, and says which quotes are not there', () => {
    const { segments, missing } = highlightQuotes(text, [
      'agriculture and fishing',
      'fishing with FAO',
      'nowhere in the passage',
    ]);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      'agriculture and\n  fishing with FAO',
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(missing).toEqual(['nowhere in the passage']);
  });

  it('treats regular-expression characters in a quote as text', () => {
    expect(findQuote('Convention (No. 184) [2001]', '(No. 184) [2001]')).toEqual([11, 27]);
    expect(findQuote('a.b', 'a*b')).toBeNull();
  });
});

describe('CSV for spreadsheets', () => {
  it('quotes what needs quoting, doubles quotes, ends lines with CRLF', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"', 'two\nlines', ' edge', 3, null]])).toBe(
      'a,"b, c","say ""hi""","two\nlines"," edge",3,\r\n',
    );
  });

  it('never lets a cell become a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'plain']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),plain\r\n`,
    );
  });

  it('writes one row per collaboration with names, ids and the evidence', () => {
    const csv = collaborationsCsv([
      {
        id: 'collaboration:x',
        name: 'Work with FAO',
        description: null,
        since: 2001,
        until: null,
        partners: [
          {
            id: 'agency:FAO',
            kind: 'PARTNER_AGENCY',
            name: 'Food and Agriculture Organization',
            acronym: 'FAO',
          },
        ],
        iloParties: [],
        sectors: [{ id: 'sector:a', kind: 'SECTOR', name: 'Agriculture; plantations', acronym: null }],
        topics: [],
        countries: [],
        sources: [
          {
            passage: '002#fn4',
            quote: 'work on agriculture and fishing with FAO',
            confidence: 'CONFIRMED',
            document: { id: 'document:002', name: 'GB paper' },
          },
        ],
      },
    ]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe(COLLABORATION_COLUMNS.join(','));
    expect(row).toBe(
      'collaboration:x,Work with FAO,Food and Agriculture Organization (FAO),agency:FAO,,,Agriculture; plantations,,,2001,,,CONFIRMED,002#fn4,GB paper,“work on agriculture and fishing with FAO”',
    );
    expect(end).toBe('');
  });
});

describe('relationships read from the entity a page is about', () => {
  it('reads each direction in words, and an unknown type by its name', () => {
    expect(relationReading('TARGETS', 'OUT')).toBe('Targets');
    expect(relationReading('TARGETS', 'IN')).toBe('Targeted by');
    expect(relationReading('ON_SECTOR', 'VIA_COLLABORATION')).toBe('Sectors of its collaborations');
    expect(relationReading('FUNDS', 'OUT')).toBe('Funds');
    expect(relationReading('FUNDS', 'IN')).toBe('Funds (from)');
  });
});
