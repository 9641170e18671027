import type { PassageRecord } from '../../src/domain/dataset.js';
import { foldWhitespace, isBlank, slugify } from './text.js';

/**
 * Cuts the three web pages (000, 001, 004) into passages. They have no paragraph numbers, so a
 * passage is a section under a heading (000, 004) or a bullet (001), labelled by a readable slug.
 */

interface Piece {
  label: string;
  lines: string[];
  /** Set for a section opened by a heading line (its first line). */
  heading?: boolean;
}

function toPassages(code: string, pieces: Piece[]): PassageRecord[] {
  const seen = new Set<string>();
  return pieces
    .filter((p) => p.lines.some((l) => !isBlank(l)))
    .map((p, i) => {
      if (seen.has(p.label)) throw new Error(`document ${code}: two sections slug to "${p.label}"`);
      seen.add(p.label);
      return {
        id: `${code}#${p.label}`,
        documentId: `document:${code}`,
        label: p.label,
        ordinal: i + 1,
        text: foldWhitespace(p.lines.join('\n')),
      };
    });
}

/** Section slug: the heading without its Roman numeral ("II. Engagement…" → `engagement-with-external-actors`). */
export function sectionSlug(heading: string): string {
  return slugify(heading.trim().replace(/^[IVX]+\.\s+/u, ''));
}

interface SectionStyle {
  code: string;
  /** The page title line: lines above it form `header`, the title itself `title`. */
  title: string;
  isHeading(lines: string[], i: number): boolean;
  /** Lines that close the page (`Last update: …`), kept as their own passage. */
  footer?: RegExp;
}

/** Heading sections; a heading with no text under it (site navigation) yields no passage. */
function cutSections(text: string, style: SectionStyle): PassageRecord[] {
  const lines = text.split(/\r?\n/u);
  const pieces: Piece[] = [{ label: 'header', lines: [] }];
  let current = pieces[0] as Piece;
  lines.forEach((line, i) => {
    if (line.trim() === style.title) {
      pieces.push({ label: 'title', lines: [line] });
      current = { label: 'title-body', lines: [] }; // text between title and first heading: none expected
      pieces.push(current);
    } else if (style.footer?.test(line)) {
      current = { label: 'footer', lines: [line] };
      pieces.push(current);
    } else if (!isBlank(line) && style.isHeading(lines, i)) {
      // Keep the heading in the passage text: quotes such as "Better Work Programme" need it.
      current = { label: sectionSlug(line), lines: [line], heading: true };
      pieces.push(current);
    } else current.lines.push(line);
  });
  // A heading alone (navigation entries) is dropped: its piece has only the heading line.
  const substantive = pieces.filter((p) => !p.heading || p.lines.filter((l) => !isBlank(l)).length > 1);
  return toPassages(style.code, substantive);
}

/** 000: headings are indented four spaces, the entries under them carry a bullet. */
export function cut000(text: string): PassageRecord[] {
  return cutSections(text, {
    code: '000',
    title: 'Departments in Social Dialogue Sector',
    isHeading: (lines, i) => /^ {4}[^\s•]/u.test(lines[i] ?? ''),
    footer: /^Last update:/u,
  });
}

/** 004: a heading is a short line standing alone between blank lines. */
export function cut004(text: string): PassageRecord[] {
  return cutSections(text, {
    code: '004',
    title: 'International Labor Organization (ILO)',
    isHeading: (lines, i) => {
      const line = (lines[i] ?? '').trim();
      const aloneBefore = i === 0 || isBlank(lines[i - 1] ?? '');
      const aloneAfter = i === lines.length - 1 || isBlank(lines[i + 1] ?? '');
      return (
        i > 0 &&
        aloneBefore &&
        aloneAfter &&
        line.length <= 50 &&
        !/^[\d*]/u.test(line) &&
        !/[.:(,]$/u.test(line)
      );
    },
  });
}

/** 001's bullets, in page order, with the slugs readers will cite. */
const BULLETS_001 = [
  'social-dialogue',
  'international-labour-standards',
  'knowledge',
  'capacity-building',
  'policy-coherence',
] as const;

/**
 * 001: title, a subtitle with its paragraph, the lead-in "The work of the Department includes:",
 * five bullets and a closing paragraph on rural economy and supply chains.
 */
export function cut001(text: string): PassageRecord[] {
  const lines = text.split(/\r?\n/u).filter((l) => !isBlank(l));
  const bullets = lines.filter((l) => l.trim().startsWith('•'));
  if (lines.length !== 10 || bullets.length !== BULLETS_001.length) {
    throw new Error(
      `document 001: expected 10 lines with 5 bullets, found ${lines.length} and ${bullets.length}`,
    );
  }
  const [title, subtitle, intro, leadIn] = lines;
  const pieces: Piece[] = [
    { label: 'title', lines: [title ?? ''] },
    { label: 'sectoral-approach', lines: [subtitle ?? '', intro ?? ''] },
    { label: 'work-of-the-department', lines: [leadIn ?? ''] },
    ...bullets.map((b, i) => ({ label: BULLETS_001[i] ?? `bullet-${i + 1}`, lines: [b] })),
    { label: 'rural-economy-and-supply-chains', lines: [lines[9] ?? ''] },
  ];
  return toPassages('001', pieces);
}
