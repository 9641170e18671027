import type { PassageRecord } from '../../src/domain/dataset.js';
import { foldWhitespace, isBlank, slugify } from './text.js';

/**
 * Cuts a Governing Body paper (002, 003) into numbered paragraphs, footnotes, headings and the
 * boxes that 003 uses for operational objectives. The text dumps interleave page furniture and
 * footnotes with running paragraphs, so this is a small line-by-line state machine rather than a
 * regular expression: a footnote interrupts a paragraph and the paragraph resumes after it.
 */

/** What distinguishes one paper's dump from the other's. */
export interface NumberedStyle {
  code: string;
  /** Opens a footnote: its number and the text on the same line (may be empty). */
  footnoteStart(
    line: string,
    lastFootnote: number,
    previousBlank: boolean,
  ): { n: number; text: string } | null;
  /** Page numbers and running footers, dropped. Checked after `footnoteStart`. */
  isPageFurniture(line: string): boolean;
}

type BlockKind = 'para' | 'heading' | 'footnote' | 'url' | 'objective' | 'closing';
interface Block {
  kind: BlockKind;
  label: string;
  lines: string[];
}

const PARA_START = /^ ?(\d{1,3})\.\s+\S/u;
const URL_LINE = /^\s*https?:\/\/\S+\s*$/u;
const OBJECTIVE_START = /^\s*Operational [Oo]bjective (\d[a-z]):/u;
const STRATEGIC_OBJECTIVE = /^\s*Strategic Objective No\. (\d)/u;
const CLOSING = /^\s*Geneva, \d{1,2} [A-Z][a-z]+ \d{4}\.?\s*$/u;

/**
 * A run of lines is a heading when it is short, starts with a capital and does not end like a
 * sentence. Bullet chunks (`!`, `–`, `(i)`) and wrapped sentence lines never qualify.
 */
export function looksLikeHeading(chunk: string[]): boolean {
  const lines = chunk.map((l) => l.trim());
  const last = lines[lines.length - 1] ?? '';
  return (
    lines.length > 0 &&
    lines.length <= 4 &&
    lines.every((l) => l.length <= 70 && !/^[!–(•]/u.test(l)) &&
    /^[A-Z]/u.test(lines[0] ?? '') &&
    !/[.;,]$/u.test(last)
  );
}

function headingLabel(lines: string[]): string {
  const first = lines[0] ?? '';
  const strategic = STRATEGIC_OBJECTIVE.exec(first);
  if (strategic) return `strategic-objective-${strategic[1]}`;
  // A trailing footnote marker ("Human resources development 5") is not part of the title.
  return `h-${slugify(foldWhitespace(lines.join(' ')).replace(/\s+\d+$/u, ''))}`;
}

/** Splits the text into blocks in reading order. */
function scan(text: string, style: NumberedStyle): Block[] {
  const blocks: Block[] = [];
  let chunk: string[] = [];
  let current: Block | null = null; // paragraph, objective box or closing receiving text
  let footnote: Block | null = null;
  let lastPara = 0;
  let lastFootnote = 0;
  let previousBlank = true;
  let urlCount = 0;
  let previousUrl: Block | null = null;

  const open = (kind: BlockKind, label: string, lines: string[]): Block => {
    const block = { kind, label, lines };
    blocks.push(block);
    return block;
  };
  const flush = (): void => {
    if (chunk.length === 0) return;
    if (current?.kind !== 'para' && current !== null) current.lines.push(...chunk);
    else if (looksLikeHeading(chunk)) open('heading', headingLabel(chunk), chunk);
    else if (current) current.lines.push(...chunk);
    else open('heading', headingLabel(chunk), chunk); // text before paragraph 1: a title
    chunk = [];
  };

  for (const line of text.split(/\r?\n/u)) {
    const blank = isBlank(line);
    const wasBlank = previousBlank;
    previousBlank = blank;
    if (footnote) {
      const next = style.footnoteStart(line, lastFootnote, wasBlank);
      if (next) {
        lastFootnote = next.n;
        footnote = open('footnote', `fn${next.n}`, next.text ? [next.text] : []);
        continue;
      }
      if (blank) {
        if (footnote.lines.length > 0) footnote = null;
        continue;
      }
      if (/^ \S/u.test(line) || style.isPageFurniture(line)) footnote = null;
      else {
        footnote.lines.push(line);
        continue;
      }
    }
    const isUrl = URL_LINE.test(line);
    if (!isUrl) previousUrl = null;
    if (isUrl) {
      flush();
      if (previousUrl) previousUrl.lines.push(line);
      else previousUrl = open('url', `url-${++urlCount}`, [line]);
      continue;
    }
    const fn = style.footnoteStart(line, lastFootnote, wasBlank);
    if (fn) {
      flush();
      lastFootnote = fn.n;
      footnote = open('footnote', `fn${fn.n}`, fn.text ? [fn.text] : []);
      continue;
    }
    if (style.isPageFurniture(line)) continue;
    if (blank) {
      flush();
      continue;
    }
    if (current?.kind === 'objective' && line.trim() === 'Strategy') {
      flush();
      current = null;
      continue;
    }
    const para = PARA_START.exec(line);
    if (para && Number(para[1]) === lastPara + 1 && current?.kind !== 'objective') {
      if (current?.kind === 'closing') current = null;
      flush();
      lastPara += 1;
      current = open('para', String(lastPara), [line]);
      continue;
    }
    const objective = OBJECTIVE_START.exec(line);
    if (objective) {
      flush();
      current = open('objective', `objective-${objective[1]}`, [line]);
      continue;
    }
    if (CLOSING.test(line)) {
      flush();
      current = open('closing', 'closing', [line]);
      continue;
    }
    // A line opening a new page (one leading space) starts a new chunk: it may be a heading.
    if (/^ \S/u.test(line)) flush();
    chunk.push(line);
  }
  flush();
  return blocks;
}

/** Cuts one numbered paper into passages. Headings that recur ("Context", "Strategy") are dropped. */
export function cutNumbered(text: string, style: NumberedStyle): PassageRecord[] {
  const blocks = scan(text, style).filter((b) => b.lines.length > 0);
  const headingCounts = new Map<string, number>();
  for (const b of blocks) {
    if (b.kind === 'heading') headingCounts.set(b.label, (headingCounts.get(b.label) ?? 0) + 1);
  }
  const kept = blocks.filter((b) => b.kind !== 'heading' || headingCounts.get(b.label) === 1);
  return kept.map((b, i) => ({
    id: `${style.code}#${b.label}`,
    documentId: `document:${style.code}`,
    label: b.label,
    ordinal: i + 1,
    text: foldWhitespace(b.lines.join('\n')),
  }));
}

/** 002: footnotes are a bare number line (`4`), then the note; page numbers are `3.` or `10`. */
export const STYLE_002: NumberedStyle = {
  code: '002',
  footnoteStart: (line, last) =>
    /^\d+$/u.test(line) && Number(line) === last + 1 ? { n: last + 1, text: '' } : null,
  isPageFurniture: (line) => /^\s*\d+\.?\s*$/u.test(line),
};

/** 003: footnotes are `2 GB.279/4.` after a blank line; the running footer names the .Doc file. */
export const STYLE_003: NumberedStyle = {
  code: '003',
  footnoteStart: (line, last, previousBlank) => {
    const m = /^\s*(\d{1,2}) (\S.*)$/u.exec(line);
    const n = Number(m?.[1]);
    return m && previousBlank && n > last && n <= last + 3 ? { n, text: m[2] ?? '' } : null;
  },
  isPageFurniture: (line) => /^\s*GB279-PFA-6-.*\.Doc\s+\d+\s*$/u.test(line),
};
