import { describe, expect, it } from 'vitest';

import { kuzuRowBatch } from '../../../src/store/kuzu/kuzu-values.js';

describe('kuzuRowBatch (Kuzu binds a list of maps from its first element, by position)', () => {
  it('puts a witness row with every key typed by a real value first, with the empty id the queries skip', () => {
    const [witness] = kuzuRowBatch([
      { id: 'a', year: null, name: 'A' },
      { id: 'b', year: 2001, name: 'B' },
    ]);
    expect(witness).toEqual({ id: '', year: 2001, name: 'A' });
  });

  it('gives every row the same keys in the same order, so no value lands in another property', () => {
    const rows = kuzuRowBatch([
      { id: 'a', acronym: null, aliases: '[]' },
      { aliases: '["x"]', id: 'b', acronym: 'B' },
      { id: 'c' },
    ]);
    for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'acronym', 'aliases']);
    expect(rows[2]).toEqual({ id: 'b', acronym: 'B', aliases: '["x"]' });
    expect(rows[3]).toEqual({ id: 'c', acronym: null, aliases: null });
  });

  it('types a key that is null in every row from the graph schema', () => {
    const [witness] = kuzuRowBatch([{ id: 'a', until: null, headquarters: null }]);
    expect(witness).toEqual({ id: '', until: 0, headquarters: '~' });
  });
});
