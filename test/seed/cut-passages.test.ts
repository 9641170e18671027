import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutAllDocuments, cutDocument } from '../../seed/passages/cut-passages.js';
import { SEED_DIR } from '../../seed/build-dataset.js';

const documentsDir = path.join(SEED_DIR, 'documents');
const passages = await cutAllDocuments(documentsDir);
const byId = new Map(passages.map((p) => [p.id, p]));
const text = (id: string): string => byId.get(id)?.text ?? '';

describe('document cutter', () => {
  it('gives every passage a unique id', () => {
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  });

  it('produces the same ids and texts when run twice on the same input', async () => {
    expect(await cutAllDocuments(documentsDir)).toEqual(passages);
  });

  it('makes 002 footnote 4 a passage holding the UN-system cooperation text', () => {
    expect(text('002#fn4')).toContain(
      'work on agriculture and fishing with FAO as well with IMO on fishing and shipping',
    );
    expect(text('002#fn4')).toMatch(/^Cooperation within the multilateral system include:/u);
  });

  it('removes the footnote from paragraph 34 and joins the paragraph around it', () => {
    expect(text('002#34')).not.toContain('Universal Postal Union');
    expect(text('002#34')).toContain('for work in the regions. In future, field specialists');
  });

  it('cuts 002 into paragraphs 1 to 62 and footnotes 1 to 8, without page numbers', () => {
    for (let n = 1; n <= 62; n += 1) expect(byId.has(`002#${n}`)).toBe(true);
    for (let n = 1; n <= 8; n += 1) expect(byId.has(`002#fn${n}`)).toBe(true);
    expect(text('002#55')).toMatch(/world economies\.$/u);
  });

  it('cuts 003 into paragraphs up to its last number, 164, with objective boxes', () => {
    for (let n = 1; n <= 164; n += 1) expect(byId.has(`003#${n}`)).toBe(true);
    expect(byId.has('003#165')).toBe(false);
    expect(text('003#objective-1b')).toContain('the Worst Forms of Child Labour Convention, 1999 (No. 182)');
    expect(text('003#strategic-objective-4')).toContain('Strengthen tripartism and social dialogue');
    expect(text('003#fn2')).toBe('GB.279/4.');
  });

  it('gives 000 a better-work section and 001 one passage per bullet', () => {
    expect(text('000#better-work-programme')).toContain('International Finance Corporation (IFC)');
    expect(text('001#social-dialogue')).toMatch(/^• promoting social dialogue/u);
    expect(passages.filter((p) => p.documentId === 'document:001')).toHaveLength(9);
  });

  it('cuts 004 by section heading', () => {
    expect(text('004#civil-society')).toContain('about 160 NGOs on the Special List');
    expect(text('004#extent-of-collaboration')).toContain('10,572 students');
  });

  it('rejects a cut that would produce two passages with one id', async () => {
    const page = await readFile(path.join(documentsDir, '004.txt'), 'utf8');
    expect(() => cutDocument('004', `${page}\n\nCivil Society\n\nAgain.\n`)).toThrow(
      /004#civil-society|civil-society/u,
    );
  });
});
