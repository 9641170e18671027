import { ENTITY_KINDS, type EntityKind } from '../domain/entity-kind.js';

/** Kinds whose label is not their name split into words. */
const LABELS: Partial<Record<string, string>> = { Ngo: 'NGO' };

/** A kind as people read it: `PartnerAgency` → `Partner agency`, `Ngo` → `NGO`. */
export function kindLabel(kind: string): string {
  const label = LABELS[kind];
  if (label) return label;
  const words = kind.replace(/([a-z])([A-Z])/gu, '$1 $2');
  return words.charAt(0) + words.slice(1).toLowerCase();
}

/** A reconciliation type: one per entity kind, its id the kind (`PartnerAgency`). */
export interface ReconcileType {
  id: EntityKind;
  name: string;
}

/** Every entity kind as a reconciliation type, in the graph's order: the manifest's default types. */
export const RECONCILE_TYPES: readonly ReconcileType[] = ENTITY_KINDS.map((id) => ({
  id,
  name: kindLabel(id),
}));

/** The type of an entity of a kind, as candidates and suggestions carry it. */
export const typeOf = (kind: string): { id: string; name: string } => ({ id: kind, name: kindLabel(kind) });
