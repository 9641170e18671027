import type { NodeKind } from './entity-kind.js';
import type { RelationType } from './relation-type.js';

/**
 * How sure we are of a cited fact. A quote from one of the five source documents is
 * `confirmed` (the document says it); reference-table rows carry the confidence their table
 * gives: `unconfirmed` (general knowledge, no source seen), `editorial` (our own mapping, e.g.
 * ISIC codes), `source-dated` (a source that may no longer hold, e.g. an undated Special List).
 */
export const CONFIDENCE_LEVELS = ['confirmed', 'unconfirmed', 'editorial', 'source-dated'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** The evidence behind one fact: a passage and a quote found verbatim in its text. */
export interface Citation {
  /** Passage id: `<document code>#<paragraph|fn<n>|section slug|row key>`, e.g. `002#fn4`. */
  passage: string;
  /** Text found verbatim (after whitespace folding) in the passage. */
  quote: string;
  confidence: Confidence;
  /**
   * The one field of the entity this citation supports (`year`, `status`...), when it supports
   * one value rather than the entity as a whole: so a year taken from a reference row and a year
   * a document states are told apart. Absent on links and statements, whose citations support
   * the whole fact.
   */
  field?: string;
}

/** The languages names are recorded in: the ILO's three official languages. */
export const NAME_LANGUAGES = ['en', 'fr', 'es'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/**
 * What kind of name it is: the `official` name in a language, a `short` title, an `acronym`, a
 * `reference` to an instrument (`C138`, `Convention No. 138`) or a `variant` people write.
 */
export const NAME_TYPES = ['official', 'short', 'acronym', 'reference', 'variant'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** One name an entity goes by, beyond its `name` and `acronym`, with the evidence for it. */
export interface EntityName {
  name: string;
  language: NameLanguage;
  type: NameType;
  sources: Citation[];
}

/** A citable piece of a document: a numbered paragraph, a footnote, a web-page section, a table row. */
export interface PassageRecord {
  id: string;
  /** Entity id of the document it belongs to, e.g. `document:002`. */
  documentId: string;
  /** The label readers use: `34`, `fn4`, `better-work`, `C081`. */
  label: string;
  /** Position in the document, for stable ordering. */
  ordinal: number;
  text: string;
}

/**
 * One node of the `Entity` table. Common fields first; kind-specific fields are optional and
 * only meaningful for the kinds named in their comment (the table is the union of them).
 */
export interface EntityRecord {
  id: string;
  kind: NodeKind;
  name: string;
  acronym?: string | null;
  aliases?: string[];
  /**
   * Names from seed/reference/names.tsv (other languages, references, short titles), each with
   * its own sources; every one is also among `aliases`, so search and matching find it.
   */
  names?: EntityName[];
  description?: string | null;
  sources: Citation[];

  // Sector
  cluster?: string | null;
  isicSections?: string[];
  isicDivisions?: string[];
  // Instrument (type: Convention | Recommendation | Protocol | Declaration | Resolution | Treaty)
  instrumentType?: string | null;
  code?: string | null; // Instrument (C182), Department (SECTOR), Objective (1a)
  number?: number | null;
  year?: number | null; // Instrument, Guidance, Meeting, Document, Programme (start)
  category?: string | null; // Instrument: fundamental | governance | technical
  status?: string | null; // Instrument: up-to-date | outdated | ...
  // Guidance (code of practice | guidelines | manual)
  guidanceType?: string | null;
  // Department
  unitType?: string | null; // department | bureau | sector | programme unit | branch
  // Programme
  programmeType?: string | null; // InFocus | action programme | technical cooperation project | DWCP | ...
  endYear?: number | null;
  // PartnerAgency
  agencyType?: string | null;
  headquarters?: string | null;
  // Ngo
  consultativeStatus?: string | null; // general | regional | special-list | ilc-invitee | unknown
  fieldsOfInterest?: string[];
  // SocialPartner
  side?: string | null; // workers | employers
  // Country
  isoAlpha2?: string | null;
  isoAlpha3?: string | null;
  region?: string | null;
  // Objective
  level?: string | null; // strategic | operational
  indicators?: string[];
  // Meeting
  meetingType?: string | null;
  // Document
  symbol?: string | null;
  date?: string | null; // ISO date or year
  documentKind?: string | null;
  issuingBody?: string | null;
  url?: string | null;
  // Collaboration (the period of the cooperation), Person (the period of the role)
  since?: number | null;
  until?: number | null;
  // Person
  role?: string | null; // Director-General, contact...
  // Register
  registerType?: string | null; // list | status | database
}

/** A typed, directed relationship between two nodes, with its evidence. */
export interface LinkRecord {
  from: string;
  type: RelationType;
  to: string;
  sources: Citation[];
}

/** How a stated number relates to the true one: "about 160", "more than 50", "at least $1 million". */
export const APPROXIMATIONS = ['exact', 'about', 'more-than', 'at-least', 'fewer-than', 'at-most'] as const;
export type Approximation = (typeof APPROXIMATIONS)[number];

/**
 * The value of a statement, typed: a count of things, a quantity with its unit, an amount of money,
 * a date (or year, or month), or a condition in words (what must hold, e.g. to get on a list).
 */
export type StatementValue =
  | { type: 'count'; count: number; unit: string; approximation: Approximation }
  | { type: 'quantity'; quantity: number; unit: string; approximation: Approximation }
  | { type: 'amount'; amount: number; currency: string; approximation: Approximation }
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  | { type: 'date'; date: string }
  | { type: 'condition'; condition: string };

export type StatementValueType = StatementValue['type'];

/**
 * What a passage states about an entity beyond its names and links: a count, an amount, a date, a
 * condition. Typed and cited like every fact, and dated where the source dates it.
 */
export interface StatementRecord {
  /** `<subject id>/<property>`, or `<subject id>/<property>@<since>` when a period tells two apart. */
  id: string;
  /** The entity (or collaboration) it is about. */
  subject: string;
  /** A stable key for what is stated, kebab-case: `staff`, `students-educated`, `votes-in-favour`. */
  property: string;
  /** The same in words, for people: "students educated". */
  label: string;
  value: StatementValue;
  /** The years the value held, where the source says (inclusive). */
  since?: number | null;
  until?: number | null;
  sources: Citation[];
}

/** Everything the seed loads, in one value: written to a store in one transaction. */
export interface Dataset {
  passages: PassageRecord[];
  entities: EntityRecord[];
  links: LinkRecord[];
  /** Typed, cited statements about entities (counts, amounts, dates, conditions). */
  statements: StatementRecord[];
}
