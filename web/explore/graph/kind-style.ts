import type { EntityKind } from '../generated/graphql.js';

/** What the graph draws: an entity of some kind, or a collaboration (a node of its own). */
export type NodeKind = EntityKind | 'COLLABORATION';

export interface KindStyle {
  /** Singular and plural, for the legend, badges and filters. */
  label: string;
  plural: string;
  /** Fill colour; each kind also has its own shape, so colour is never the only cue. */
  colour: string;
  /** A Cytoscape.js node shape. */
  shape: string;
}

/**
 * One colour and one shape per kind. The colours are Tableau 10 and its light variants (told apart
 * by most colour-blind readers when paired with the shapes); every fill is drawn under a dark
 * outline so light colours stay visible on white.
 */
export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  PARTNER_AGENCY: {
    label: 'Partner agency',
    plural: 'Partner agencies',
    colour: '#1f77b4',
    shape: 'ellipse',
  },
  NGO: { label: 'NGO', plural: 'NGOs', colour: '#17becf', shape: 'round-triangle' },
  SOCIAL_PARTNER: {
    label: 'Social partner',
    plural: 'Social partners',
    colour: '#e377c2',
    shape: 'pentagon',
  },
  DEPARTMENT: { label: 'ILO department', plural: 'ILO departments', colour: '#9467bd', shape: 'hexagon' },
  PROGRAMME: { label: 'Programme', plural: 'Programmes', colour: '#8c564b', shape: 'octagon' },
  SECTOR: { label: 'Sector', plural: 'Sectors', colour: '#2ca02c', shape: 'round-rectangle' },
  TOPIC: { label: 'Topic', plural: 'Topics', colour: '#bcbd22', shape: 'barrel' },
  INSTRUMENT: { label: 'Instrument', plural: 'Instruments', colour: '#d62728', shape: 'rectangle' },
  GUIDANCE: { label: 'Guidance', plural: 'Guidance', colour: '#ff7f0e', shape: 'tag' },
  COUNTRY: { label: 'Country', plural: 'Countries', colour: '#7f7f7f', shape: 'star' },
  REGION: { label: 'Region', plural: 'Regions', colour: '#c7c7c7', shape: 'concave-hexagon' },
  OBJECTIVE: { label: 'Objective', plural: 'Objectives', colour: '#ffbb78', shape: 'vee' },
  MEETING: { label: 'Meeting', plural: 'Meetings', colour: '#98df8a', shape: 'triangle' },
  DOCUMENT: { label: 'Document', plural: 'Documents', colour: '#c5b0d5', shape: 'cut-rectangle' },
  PERSON: { label: 'Person', plural: 'People', colour: '#f7b6d2', shape: 'round-pentagon' },
  FIELD_OFFICE: { label: 'Field office', plural: 'Field offices', colour: '#aec7e8', shape: 'round-hexagon' },
  RESOLUTION: { label: 'Resolution', plural: 'Resolutions', colour: '#ff9896', shape: 'rhomboid' },
  REGISTER: {
    label: 'List or register',
    plural: 'Lists and registers',
    colour: '#dbdb8d',
    shape: 'round-tag',
  },
  CLASSIFICATION: {
    label: 'Classification',
    plural: 'Classifications',
    colour: '#9edae5',
    shape: 'round-octagon',
  },
  COLLABORATION: { label: 'Collaboration', plural: 'Collaborations', colour: '#393b79', shape: 'diamond' },
};

/** The style of a kind, with a neutral fallback for a kind this page does not know yet. */
export function kindStyle(kind: string): KindStyle {
  return (
    KIND_STYLES[kind as NodeKind] ?? {
      label: humanise(kind),
      plural: humanise(kind),
      colour: '#555555',
      shape: 'ellipse',
    }
  );
}

/** `PARTNER_AGENCY` → `Partner agency`. */
export function humanise(constant: string): string {
  const words = constant.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The kind of a GraphQL type name, as `stats` counts them: `PartnerAgency` → `PARTNER_AGENCY`. */
export function kindOfTypeName(typeName: string): string {
  return typeName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
