import type { ExploreCollaborationsQuery } from '../generated/graphql.js';
import { toCsv } from './csv.js';

export type CollaborationRow = ExploreCollaborationsQuery['collaborations']['edges'][number]['node'];

const names = (list: readonly { name: string; acronym?: string | null }[]) =>
  list.map((e) => (e.acronym && e.acronym !== e.name ? `${e.name} (${e.acronym})` : e.name)).join('; ');
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).join('; ');

/** The columns of the collaborations CSV, in order. */
export const COLLABORATION_COLUMNS = [
  'id',
  'collaboration',
  'partners',
  'partner ids',
  'ILO units',
  'ILO unit ids',
  'sectors',
  'topics',
  'countries',
  'since',
  'until',
  'description',
  'confidence',
  'evidence passages',
  'evidence documents',
  'quotes',
] as const;

/**
 * Collaborations as a CSV an analyst opens in a spreadsheet: one row per collaboration, lists
 * joined with "; ", names and ids side by side (to match against one's own lists), and the
 * evidence: passages, documents, and the quotes found verbatim there.
 */
export function collaborationsCsv(rows: readonly CollaborationRow[]): string {
  return toCsv([
    [...COLLABORATION_COLUMNS],
    ...rows.map((c) => [
      c.id,
      c.name,
      names(c.partners),
      ids(c.partners),
      names(c.iloParties),
      ids(c.iloParties),
      names(c.sectors),
      names(c.topics),
      names(c.countries),
      c.since ?? null,
      c.until ?? null,
      c.description ?? null,
      [...new Set(c.sources.map((s) => s.confidence))].join('; '),
      c.sources.map((s) => s.passage).join('; '),
      [...new Set(c.sources.map((s) => s.document.name))].join('; '),
      c.sources.map((s) => `“${s.quote}”`).join('; '),
    ]),
  ]);
}
