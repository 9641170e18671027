/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An amount of money: over $2 million. */
export type AmountValue = StatementValue & {
  __typename?: 'AmountValue';
  /** The amount, in units of `currency` (2000000 for "$2 million"). */
  amount: Scalars['Float']['output'];
  /** How the amount relates to the true one ("over", "at least"). */
  approximation: Approximation;
  /** ISO 4217 currency code, e.g. `USD`. */
  currency: Scalars['String']['output'];
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
};

/** How a stated number relates to the true one, as the source words it. */
export type Approximation =
  /** "about", "around", "some", "close to": near the number. */
  | 'ABOUT'
  /** "at least": the number or above. */
  | 'AT_LEAST'
  /** "at most", "up to": the number or below. */
  | 'AT_MOST'
  /** The number as stated ("10,572 students"). */
  | 'EXACT'
  /** "fewer than", "less than", "under": below the number. */
  | 'FEWER_THAN'
  /** "more than", "over": above the number. */
  | 'MORE_THAN';

/** The evidence behind a fact: a passage of a source document and a quote found verbatim there. */
export type Citation = {
  __typename?: 'Citation';
  /** How sure the source is: document quotes are CONFIRMED; reference rows may be UNCONFIRMED, EDITORIAL or SOURCE_DATED. */
  confidence: Confidence;
  /** The document (or reference table) the passage belongs to. */
  document: Document;
  /** The one field of the entity this citation supports (`year`, `status`, `role`...), or null when it supports the entity as a whole (that it exists and is named so) or a relationship or statement. With `document`, it tells a year read from a reference table from a year a document states: see `Entity.sourcesOf(field:)`. */
  field?: Maybe<Scalars['String']['output']>;
  /** Passage id: `<document code>#<paragraph | fn<footnote> | section>`, e.g. `002#fn4`, `000#better-work-programme`. */
  passage: Scalars['String']['output'];
  /** The full text of the cited passage, in which the quote is found. */
  passageText?: Maybe<Scalars['String']['output']>;
  /** Text found verbatim in the passage (whitespace folded). */
  quote: Scalars['String']['output'];
};

/** A fact citing a passage: about an entity or collaboration itself (its existence, names, fields: `relation` and `statement` null, `field` naming the one value it supports if any), a relationship from `subject` to `object` (`relation` set), or a statement about `subject` (`statement` set). */
export type CitingFact = {
  __typename?: 'CitingFact';
  /** How sure the source is of the fact. */
  confidence: Confidence;
  /** For a fact about the subject itself: the one field the quote supports (e.g. `year`), or null when it supports the subject as a whole. */
  field?: Maybe<Scalars['String']['output']>;
  /** Where the relationship ends; null for a fact about the subject itself or a statement. */
  object?: Maybe<Node>;
  /** The text of the passage that supports the fact, found verbatim there. */
  quote: Scalars['String']['output'];
  /** The relationship type (e.g. `HAS_PARTNER`), or null for a fact about the subject itself. */
  relation?: Maybe<Scalars['String']['output']>;
  /** The statement about `subject` the quote supports (its value, period and sources); null otherwise. */
  statement?: Maybe<Statement>;
  /** The entity or collaboration the fact is about; for a relationship, where it starts. */
  subject: Node;
};

/** A classification the documents use to sort things: ISIC, the 22 sectors of the Sectoral Activities Programme, the four categories of fundamental principles and rights at work, the three categories of NGOs in consultative status. */
export type Classification = Entity & Node & {
  __typename?: 'Classification';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Who keeps it or uses it as its own. */
  maintainedBy: Array<Entity>;
  /** What it classifies: its categories or the things sorted into it. */
  members: Array<Entity>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Year of the version the documents use, where known. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A classification the documents use to sort things: ISIC, the 22 sectors of the Sectoral Activities Programme, the four categories of fundamental principles and rights at work, the three categories of NGOs in consultative status. */
export type ClassificationNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A classification the documents use to sort things: ISIC, the 22 sectors of the Sectoral Activities Programme, the four categories of fundamental principles and rights at work, the three categories of NGOs in consultative status. */
export type ClassificationSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A classification the documents use to sort things: ISIC, the 22 sectors of the Sectoral Activities Programme, the four categories of fundamental principles and rights at work, the three categories of NGOs in consultative status. */
export type ClassificationStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of classifications. */
export type ClassificationConnection = {
  __typename?: 'ClassificationConnection';
  /** The page. */
  edges: Array<ClassificationEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One classification in a page, with its cursor. */
export type ClassificationEdge = {
  __typename?: 'ClassificationEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The classification. */
  node: Classification;
};

/** A cooperation between the ILO and partners, on sectors and topics, with its evidence. */
export type Collaboration = Entity & Node & {
  __typename?: 'Collaboration';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** The countries it covers. */
  countries: Array<Country>;
  /** What the cooperation is, as the sources describe it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** The ILO departments and programmes involved. */
  iloParties: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** A short title. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** The ILO objectives the cooperation serves. */
  objectives: Array<Objective>;
  /** The partner organisations. */
  partners: Array<Entity>;
  /** The sectors it covers. */
  sectors: Array<Sector>;
  /** Year it started, where a source says. */
  since?: Maybe<Scalars['Int']['output']>;
  /** Where the cooperation is stated. */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** The topics it covers. */
  topics: Array<Topic>;
  /** Year it ended, where a source says. */
  until?: Maybe<Scalars['Int']['output']>;
};


/** A cooperation between the ILO and partners, on sectors and topics, with its evidence. */
export type CollaborationNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A cooperation between the ILO and partners, on sectors and topics, with its evidence. */
export type CollaborationSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A cooperation between the ILO and partners, on sectors and topics, with its evidence. */
export type CollaborationStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of collaborations. */
export type CollaborationConnection = {
  __typename?: 'CollaborationConnection';
  /** The page. */
  edges: Array<CollaborationEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One collaboration in a page, with its cursor. */
export type CollaborationEdge = {
  __typename?: 'CollaborationEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The collaboration. */
  node: Collaboration;
};

/** Which collaborations to list: all given participants must take part (AND). Each id must name an entity of the kind the filter takes. */
export type CollaborationWhere = {
  /** A country id. */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** An ILO department id: the collaborations of the department and of its units, the departments and programmes PART_OF it at any depth (e.g. `department:social-dialogue-sector` includes SECTOR and Better Work). Programmes it only RUNS are not included: filter by `programme` for those. */
  department?: InputMaybe<Scalars['ID']['input']>;
  /** An objective id (e.g. `objective:4b`): the collaborations that serve it. */
  objective?: InputMaybe<Scalars['ID']['input']>;
  /** A partner id (partner agency, NGO or social partner), e.g. `agency:FAO`. */
  partner?: InputMaybe<Scalars['ID']['input']>;
  /** An ILO programme id: the collaborations it takes part in (its sub-programmes not included). */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** A sector id. */
  sector?: InputMaybe<Scalars['ID']['input']>;
  /** A topic id. */
  topic?: InputMaybe<Scalars['ID']['input']>;
};

/** A condition in words: what must hold (e.g. for an NGO to be admitted to a list), or the state of things the source describes (e.g. the social partners of a sector "not as well organized"). */
export type ConditionValue = StatementValue & {
  __typename?: 'ConditionValue';
  /** The condition, in the words of the knowledge base (the quote is in `sources`). */
  condition: Scalars['String']['output'];
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
};

/** How sure the knowledge base is of a fact, from its source. */
export type Confidence =
  /** Stated by a source document or a confirmed public reference. */
  | 'CONFIRMED'
  /** The project's own mapping (e.g. ISIC codes), not an ILO fact. */
  | 'EDITORIAL'
  /** No source at all: a gap. */
  | 'NONE'
  /** From a source that may no longer hold (e.g. an undated Special List). */
  | 'SOURCE_DATED'
  /** General knowledge: no source was seen. Treat with care. */
  | 'UNCONFIRMED';

/** How `mostConnected` ranks entities. */
export type ConnectionRanking =
  /** By number of relationships, either direction (ties by id). */
  | 'DEGREE'
  /** By PageRank on the undirected graph (relationship directions are a modelling choice, not a flow of importance), computed in process the same way on every store; ties by degree, then id. */
  | 'PAGE_RANK';

/** How many of one kind of thing the graph holds. */
export type CountByName = {
  __typename?: 'CountByName';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The entity kind, relationship type or statement value type. */
  name: Scalars['String']['output'];
};

/** A number of things: 10,572 students, about 160 NGOs. */
export type CountValue = StatementValue & {
  __typename?: 'CountValue';
  /** How the number relates to the true one ("about", "more than"). */
  approximation: Approximation;
  /** How many (a whole number; Float because counts such as "a billion workers" exceed Int). */
  count: Scalars['Float']['output'];
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
  /** What is counted, plural: "students", "votes in favour". */
  unit: Scalars['String']['output'];
};

/** A country. */
export type Country = Entity & Node & {
  __typename?: 'Country';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Collaborations there. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code. */
  isoAlpha2?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code. */
  isoAlpha3?: Maybe<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Programmes active there. */
  programmes: Array<Programme>;
  /** ILO region, e.g. Africa, Europe and Central Asia, as a name (the Region entity: `regions`). */
  region?: Maybe<Scalars['String']['output']>;
  /** The regions it is part of: its ILO region (the entity behind the `region` name), and any other region a source places it in. */
  regions: Array<Region>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** A country. */
export type CountryNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A country. */
export type CountrySourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A country. */
export type CountryStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of countrys. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The page. */
  edges: Array<CountryEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One country in a page, with its cursor. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

/** Filters for countries. */
export type CountryWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** ILO region, e.g. Africa. */
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A date, a month or a year, as precise as the source. */
export type DateValue = StatementValue & {
  __typename?: 'DateValue';
  /** ISO 8601 at the precision stated: `1999`, `1999-03` or `2008-06-10`. */
  date: Scalars['String']['output'];
  /** The day of the month, when the source gives it. */
  day?: Maybe<Scalars['Int']['output']>;
  /** The month (1-12), when the source gives it. */
  month?: Maybe<Scalars['Int']['output']>;
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** An ILO department, bureau, branch, unit or organ. */
export type Department = Entity & Node & {
  __typename?: 'Department';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Instruments, guidance and resolutions it adopted (an organ such as the Governing Body). */
  adopted: Array<Entity>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Code, e.g. `SECTOR`, `LAB/ADMIN`. */
  code?: Maybe<Scalars['String']['output']>;
  /** Collaborations it takes part in. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Instruments, guidance and resolutions it promotes. */
  instruments: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Lists, registers and classifications it set up or keeps. */
  maintains: Array<Entity>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Objectives it contributes to. */
  objectives: Array<Objective>;
  /** The larger unit this one belongs to. */
  partOf: Array<Entity>;
  /** For an organ such as the Governing Body: the organisations that take part in it. */
  participants: Array<Entity>;
  /** Organisations it cooperates with (through collaborations). */
  partners: Array<Entity>;
  /** People the documents name in a role here. */
  people: Array<Person>;
  /** The units whose place it took. */
  precededBy: Array<Department>;
  /** Programmes this department runs. */
  programmes: Array<Programme>;
  /** Sectors it works on. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** The unit that took its place (e.g. under a new name), with the evidence in `neighbours`. */
  succeededBy?: Maybe<Department>;
  /** Topics it works on. */
  topics: Array<Topic>;
  /** department, bureau, branch, programme unit, organ... */
  unitType?: Maybe<Scalars['String']['output']>;
  /** Units within this one (departments, programmes, field offices and teams). */
  units: Array<Entity>;
};


/** An ILO department, bureau, branch, unit or organ. */
export type DepartmentNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An ILO department, bureau, branch, unit or organ. */
export type DepartmentSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An ILO department, bureau, branch, unit or organ. */
export type DepartmentStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of departments. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The page. */
  edges: Array<DepartmentEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One department in a page, with its cursor. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The department. */
  node: Department;
};

/** Filters for departments. */
export type DepartmentWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** department, bureau, branch, organ... */
  unitType?: InputMaybe<Scalars['String']['input']>;
};

/** Which way a relationship is followed from the entity. */
export type Direction =
  /** Every way: relationships from or to this entity, and through the collaborations it takes part in. */
  | 'BOTH'
  /** A relationship to this entity (e.g. a sector is TARGETed by a programme). */
  | 'IN'
  /** A relationship from this entity (e.g. a programme TARGETS a sector). */
  | 'OUT'
  /** Only through a collaboration this entity takes part in (e.g. the sectors, topics and co-partners of a partner agency). */
  | 'VIA_COLLABORATION';

/** A source of evidence: one of the source documents or a reference table. */
export type Document = Entity & Node & {
  __typename?: 'Document';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** Date, ISO format where known. */
  date?: Maybe<Scalars['String']['output']>;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Governing Body paper, web page, reference table... */
  documentKind?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Who issued it. */
  issuedBy: Array<Entity>;
  /** Who issued it. */
  issuingBody?: Maybe<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** The passages the document was cut into, in reading order. */
  passages: Array<Passage>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Document symbol, e.g. GB.279/PFA/6 (null where not confirmed). */
  symbol?: Maybe<Scalars['String']['output']>;
  /** Where it was published, if known. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A source of evidence: one of the source documents or a reference table. */
export type DocumentNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A source of evidence: one of the source documents or a reference table. */
export type DocumentSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A source of evidence: one of the source documents or a reference table. */
export type DocumentStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The page. */
  edges: Array<DocumentEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One document in a page, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** Filters for documents. */
export type DocumentWhere = {
  /** Governing Body paper, web page, reference table... */
  documentKind?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An entity of the knowledge graph. Every entity carries the sources its facts come from. */
export type Entity = {
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** An entity of the knowledge graph. Every entity carries the sources its facts come from. */
export type EntityNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An entity of the knowledge graph. Every entity carries the sources its facts come from. */
export type EntitySourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An entity of the knowledge graph. Every entity carries the sources its facts come from. */
export type EntityStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of entity in the knowledge graph. */
export type EntityKind =
  /** A classification the documents use: ISIC, the 22 sectors, the categories of fundamental principles and rights at work... */
  | 'CLASSIFICATION'
  /** A cooperation between the ILO and partners (a Collaboration). Searched only when asked for: `search(kinds: [COLLABORATION])`. */
  | 'COLLABORATION'
  /** A country, with ISO codes and ILO region. */
  | 'COUNTRY'
  /** An ILO department, bureau, branch or organ. */
  | 'DEPARTMENT'
  /** A source document or reference table: the evidence behind facts. */
  | 'DOCUMENT'
  /** An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams, Decent Work Teams, field specialists. */
  | 'FIELD_OFFICE'
  /** A code of practice, guidelines or a manual. */
  | 'GUIDANCE'
  /** A Convention, Recommendation, Protocol or Declaration. */
  | 'INSTRUMENT'
  /** A meeting, committee, conference or forum. */
  | 'MEETING'
  /** A non-governmental organisation, with its ILO status (Special List, consultative status). */
  | 'NGO'
  /** A strategic or operational objective, with its indicators. */
  | 'OBJECTIVE'
  /** A UN agency, fund, programme, financial institution or other IGO. */
  | 'PARTNER_AGENCY'
  /** A person the documents name in a role (Director-General, contact...). */
  | 'PERSON'
  /** An ILO programme: InFocus programmes, IPEC, Better Work, action programmes, DWCPs. */
  | 'PROGRAMME'
  /** A region: an ILO region (Africa, Americas...) or a region the documents name (Latin America, sub-Saharan Africa...). */
  | 'REGION'
  /** A list or register: the Special List of NGOs, the NGOs in consultative status, databases such as NATLEX. */
  | 'REGISTER'
  /** A resolution, set of conclusions or call to action adopted by an ILO organ (the Conference, the Governing Body). */
  | 'RESOLUTION'
  /** An economic sector, e.g. the 22 sectors of the Sectoral Activities Programme. */
  | 'SECTOR'
  /** An employers' or workers' organisation. */
  | 'SOCIAL_PARTNER'
  /** A subject of work: child labour, OSH, migration... */
  | 'TOPIC';

/** A name an entity goes by beyond its `name` and `acronym`: in French or Spanish, a reference, a short title, a variant. Every one is also among `aliases`, so search and `match` find the entity by it. */
export type EntityName = {
  __typename?: 'EntityName';
  /** Its language. */
  language: Language;
  /** The name as written. */
  name: Scalars['String']['output'];
  /** Where the name comes from. A French or Spanish name known only as general knowledge is UNCONFIRMED. */
  sources: Array<Citation>;
  /** What kind of name it is. */
  type: NameType;
};

/** Order of a list. Ties are broken by id, so pages are stable. */
export type EntityOrder =
  /** By id. */
  | 'ID_ASC'
  /** By name, A to Z (the default). */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** By year, oldest first; entities without a year last. */
  | 'YEAR_ASC'
  /** By year, newest first; entities without a year last. */
  | 'YEAR_DESC';

/** Filters every entity list takes; all given filters must hold. */
export type EntityWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams (MDTs), Decent Work Teams, field specialists. */
export type FieldOffice = Entity & Node & {
  __typename?: 'FieldOffice';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** The larger unit or structure it belongs to. */
  partOf: Array<Entity>;
  /** People the documents name in a role here. */
  people: Array<Person>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Topics it works on. */
  topics: Array<Topic>;
  /** regional office, area office, team, specialists, field structure... */
  unitType?: Maybe<Scalars['String']['output']>;
  /** Offices and teams within it. */
  units: Array<FieldOffice>;
};


/** An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams (MDTs), Decent Work Teams, field specialists. */
export type FieldOfficeNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams (MDTs), Decent Work Teams, field specialists. */
export type FieldOfficeSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An office or team of the ILO's field structure: regional and area offices, multidisciplinary teams (MDTs), Decent Work Teams, field specialists. */
export type FieldOfficeStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of field offices. */
export type FieldOfficeConnection = {
  __typename?: 'FieldOfficeConnection';
  /** The page. */
  edges: Array<FieldOfficeEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One field office in a page, with its cursor. */
export type FieldOfficeEdge = {
  __typename?: 'FieldOfficeEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The field office. */
  node: FieldOffice;
};

/** Filters for field offices and teams. */
export type FieldOfficeWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** regional office, area office, team, specialists... */
  unitType?: InputMaybe<Scalars['String']['input']>;
};

/** Something the knowledge base lacks, with a sentence saying why and what would close it. */
export type Gap = {
  __typename?: 'Gap';
  /** The entity concerned (for a relationship: its start). */
  entity?: Maybe<Node>;
  /** A sentence a person can act on. */
  explanation: Scalars['String']['output'];
  /** For a gap about one value of the entity (an UNSOURCED_FACT: a year or date no citation supports): its field, e.g. `date`. */
  field?: Maybe<Scalars['String']['output']>;
  /** What kind of gap. */
  kind: GapKind;
  /** For a gap about a relationship: its id `<from>|<TYPE>|<to>`. */
  relationship?: Maybe<Scalars['String']['output']>;
  /** For a gap about a statement: the statement (its value and sources); null otherwise. */
  statement?: Maybe<Statement>;
};

/** What the knowledge base lacks. */
export type GapKind =
  /** An international labour standard (a Convention, Protocol or Recommendation) no programme or department promotes. Declarations, resolutions, treaties and other texts are not listed: they are not ratified or applied as standards. */
  | 'INSTRUMENT_NOT_PROMOTED'
  /** A partner agency with no recorded collaboration. */
  | 'PARTNER_WITHOUT_COLLABORATION'
  /** A sector no instrument (Convention, Recommendation...) applies to. */
  | 'SECTOR_WITHOUT_INSTRUMENT'
  /** A sector no collaboration with a partner agency covers. */
  | 'SECTOR_WITHOUT_PARTNER'
  /** A sector no programme works on. */
  | 'SECTOR_WITHOUT_PROGRAMME'
  /** A fact (entity, relationship or statement) whose source is unconfirmed, editorial or dated. */
  | 'UNCONFIRMED_FACT'
  /** An entity, relationship or statement with no source at all, or a year, period or date of an entity that no citation supports (`field` names it). */
  | 'UNSOURCED_FACT';

/** A shortest path between two entities. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** Number of relationships. */
  length: Scalars['Int']['output'];
  /** The steps, from `from` to `to`. */
  steps: Array<PathStep>;
};

/** What the knowledge graph holds. */
export type GraphStats = {
  __typename?: 'GraphStats';
  /** Nodes by kind (including Collaboration). */
  entitiesByKind: Array<CountByName>;
  /** The most connected entities, by degree (the default) or by PageRank on the undirected graph (see `by`, `rankedBy`). */
  mostConnected: MostConnected;
  /** Relationships by type. */
  relationshipsByType: Array<CountByName>;
  /** Statements by the type of their value: count, quantity, amount, date, condition. */
  statementsByValueType: Array<CountByName>;
  /** All nodes. */
  totalEntities: Scalars['Int']['output'];
  /** All relationships. */
  totalRelationships: Scalars['Int']['output'];
};


/** What the knowledge graph holds. */
export type GraphStatsMostConnectedArgs = {
  by?: InputMaybe<ConnectionRanking>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
};

/** A code of practice, guidelines or a manual. */
export type Guidance = Entity & Node & {
  __typename?: 'Guidance';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** The meeting that adopted it. */
  adoptedAt: Array<Meeting>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** code of practice, guidelines, manual... */
  guidanceType?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Programmes and departments that promote it. */
  promotedBy: Array<Entity>;
  /** Sectors this guidance is for. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Topics it addresses. */
  topics: Array<Topic>;
  /** Year adopted or published. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A code of practice, guidelines or a manual. */
export type GuidanceNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A code of practice, guidelines or a manual. */
export type GuidanceSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A code of practice, guidelines or a manual. */
export type GuidanceStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of code of practice or guidelines. */
export type GuidanceConnection = {
  __typename?: 'GuidanceConnection';
  /** The page. */
  edges: Array<GuidanceEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One code of practice or guideline in a page, with its cursor. */
export type GuidanceEdge = {
  __typename?: 'GuidanceEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The code of practice or guideline. */
  node: Guidance;
};

/** Filters for codes of practice and guidelines. */
export type GuidanceWhere = {
  /** code of practice, guidelines, manual... */
  guidanceType?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** In this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** In this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** An international labour standard or declaration: Convention, Recommendation, Protocol, Declaration. */
export type Instrument = Entity & Node & {
  __typename?: 'Instrument';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Where it was adopted. */
  adoptedAt: Array<Meeting>;
  /** The ILO organ that adopted it, when not a meeting (e.g. the Governing Body). */
  adoptedBy: Array<Department>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** fundamental, governance or technical. */
  category?: Maybe<Scalars['String']['output']>;
  /** NORMLEX code, e.g. `C182`. */
  code?: Maybe<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Convention, Recommendation, Protocol, Declaration, Treaty... */
  instrumentType?: Maybe<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Number, e.g. 182. */
  number?: Maybe<Scalars['Int']['output']>;
  /** Programmes and departments that promote this instrument. */
  promotedBy: Array<Entity>;
  /** Instruments that revise this one. */
  revisedBy: Array<Instrument>;
  /** Instruments this one revises. */
  revises: Array<Instrument>;
  /** Sectors this instrument applies to. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** NORMLEX status, e.g. up-to-date (often unconfirmed: see sources). */
  status?: Maybe<Scalars['String']['output']>;
  /** Topics this instrument addresses. */
  topics: Array<Topic>;
  /** Objectives with an indicator naming this instrument. */
  trackedBy: Array<Objective>;
  /** Year of adoption. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** An international labour standard or declaration: Convention, Recommendation, Protocol, Declaration. */
export type InstrumentNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An international labour standard or declaration: Convention, Recommendation, Protocol, Declaration. */
export type InstrumentSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An international labour standard or declaration: Convention, Recommendation, Protocol, Declaration. */
export type InstrumentStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of instruments. */
export type InstrumentConnection = {
  __typename?: 'InstrumentConnection';
  /** The page. */
  edges: Array<InstrumentEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One instrument in a page, with its cursor. */
export type InstrumentEdge = {
  __typename?: 'InstrumentEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The instrument. */
  node: Instrument;
};

/** Filters for instruments. */
export type InstrumentWhere = {
  /** fundamental, governance or technical. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Convention, Recommendation, Protocol, Declaration... */
  instrumentType?: InputMaybe<Scalars['String']['input']>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** NORMLEX status, e.g. up-to-date. */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Adopted in this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Adopted in this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** The ILO's official languages, in which names are recorded. */
export type Language =
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR';

/** How a neighbour was reached. */
export type LinkDirection =
  /** A relationship from the neighbour to the entity. */
  | 'IN'
  /** A relationship from the entity to the neighbour. */
  | 'OUT'
  /** Both take part in one Collaboration. */
  | 'VIA_COLLABORATION';

/** A candidate entity for one name, with its score and how it was made. */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  /** The candidate. */
  entity: Entity;
  /** Every feature, in the order of the MatchFeature enum. */
  features: Array<MatchFeatureScore>;
  /** This candidate is the one: its score is at least 0.85, at least 0.1 ahead of the next, and no year you gave, which it has none of, is another candidate's. Only the first candidate can be. */
  match: Scalars['Boolean']['output'];
  /** How surely the name is this entity, from 0 to 1. */
  score: Scalars['Float']['output'];
};

/** What a match score is made of (README "Link your own list"). */
export type MatchFeature =
  /** The input, with dots and spaces removed (`F.A.O.`, `I L O`), is an acronym of the entity: its own, one it has in another language (`OMS`), or an ISO code of a country. Acronyms are often shared: two entities with one acronym are never a match. Weight 0.93. */
  | 'ACRONYM'
  /** The input is, folded, another name the entity goes by: its name in French or Spanish, a short title, a reference such as `Convention No. 138`, a variant such as `Turin Centre` (see `Entity.names` and `aliases`). Weight 0.95. */
  | 'ALIAS'
  /** The hints you give agree with what the graph says of the entity: acronym, country (the country itself, or where it is located or active, or its headquarters' city), year, or a kind-specific field such as `instrumentType`. Value: hints agreeing minus hints disagreeing; each agreeing adds 0.05 (0.1 at most), each disagreeing takes 0.3. +0.05 per agreement, -0.3 per disagreement. */
  | 'HINT_AGREEMENT'
  /** The input is the entity's id, e.g. `agency:WHO`. Weight 1. */
  | 'IDENTIFIER'
  /** The input cites an instrument by type and number (`C138`, `C.138`, `Convention No. 138`, `ILO Convention 138`, `Convenio núm. 138`) and the entity is that instrument; value 0.8 when the input also has words its titles do not. Weight 0.96. */
  | 'INSTRUMENT_NUMBER'
  /** The kind you expect (`kind` in `match`, the type in a reconciliation query with `type_strict: "should"`) is the entity's (+1) or not (-1). +0.02 per agreement, -0.4 per disagreement. */
  | 'KIND_AGREEMENT'
  /** The input is the entity's name exactly as written (spaces at the ends ignored). Weight 1. */
  | 'NAME_EXACT'
  /** The input is the entity's name once case, accents, punctuation and spacing are folded (`WORLD HEALTH ORGANIZATION.`); value 0.9 for the name without its bracketed gloss or its year (`Mining` for `Mining (coal; other mining)`). Weight 0.98. */
  | 'NAME_FOLDED'
  /** How far the input's words and the closest of the entity's names agree (0 to 1, the Dice coefficient over words): word order ignored, small words (of, the, de, la, y) ignored, abbreviations expanded (`Intl`, `Org.`, `Dept`), British and American spellings read as one, one typo allowed in a word of five letters or more. A word never matches by its prefix: `UN` is not `UNESCO`. Weight 0.9. */
  | 'TOKEN_SIMILARITY';

/** One feature of a candidate: its value, what it added to the score, and why. */
export type MatchFeatureScore = {
  __typename?: 'MatchFeatureScore';
  /** What it added to the score (negative: took away). Only the strongest name feature counts; the others show 0. */
  contribution: Scalars['Float']['output'];
  /** What held, in words: `French acronym "OMS"`, `0.97 with name "World Health Organization"`. */
  detail: Scalars['String']['output'];
  /** Which feature. */
  feature: MatchFeature;
  /** For a name feature, 1 when it holds outright, less for a weaker form, 0 when it does not hold; for KIND_AGREEMENT +1 or -1; for HINT_AGREEMENT hints agreeing minus hints disagreeing. */
  value: Scalars['Float']['output'];
  /** The weight of the feature (MatchFeature describes each). */
  weight: Scalars['Float']['output'];
};

/** A field to compare, e.g. `{ field: "instrumentType", value: "Convention" }`. */
export type MatchFieldInput = {
  /** One of: cluster, isicSections, isicDivisions, instrumentType, code, number, year, category, status, guidanceType, unitType, programmeType, endYear, agencyType, headquarters, consultativeStatus, fieldsOfInterest, side, isoAlpha2, isoAlpha3, region, level, indicators, meetingType, symbol, date, documentKind, issuingBody, url, since, until, role, registerType. */
  field: Scalars['String']['input'];
  /** Its value as your list has it (case, accents and punctuation folded). */
  value: Scalars['String']['input'];
};

/** One name to match, as your list writes it, and what else you know about it. */
export type MatchInput = {
  /** Its acronym, if your list has one (HINT_AGREEMENT). */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** A country it is in or works in: a name in English, French or Spanish, an ISO code (`CH`, `CHE`) or an id (`country:CH`); or a headquarters city (HINT_AGREEMENT). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Other fields to compare (HINT_AGREEMENT). */
  fields?: InputMaybe<Array<MatchFieldInput>>;
  /** The kind you expect: a candidate of another kind scores lower (KIND_AGREEMENT) but stays listed. */
  kind?: InputMaybe<EntityKind>;
  /** Only candidates of these kinds. */
  kinds?: InputMaybe<Array<EntityKind>>;
  /** The name as written: `Intl Labour Org.`, `OMS`, `F.A.O.`, `Convention No. 138`, `Organisation des Nations Unies pour l’éducation, la science et la culture`, an id such as `agency:WHO`. */
  name: Scalars['String']['input'];
  /** A year: of adoption (instruments), of a meeting, of a programme’s start (HINT_AGREEMENT). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** The candidates for one name, best first. */
export type MatchResult = {
  __typename?: 'MatchResult';
  /** Best first (ties by id); empty when nothing comes close. */
  candidates: Array<MatchCandidate>;
  /** The candidate with `match: true`, or null when no candidate is clearly the one. */
  matched?: Maybe<MatchCandidate>;
  /** The name as it was given. */
  name: Scalars['String']['output'];
};

/** A meeting, committee, conference or forum. */
export type Meeting = Entity & Node & {
  __typename?: 'Meeting';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Instruments, guidance and resolutions adopted there. */
  adopted: Array<Entity>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** conference, committee, tripartite meeting, summit... */
  meetingType?: Maybe<Scalars['String']['output']>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Who organises it. */
  organisedBy: Array<Entity>;
  /** The sectors it is held for. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Year held or established. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A meeting, committee, conference or forum. */
export type MeetingNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A meeting, committee, conference or forum. */
export type MeetingSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A meeting, committee, conference or forum. */
export type MeetingStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** The page. */
  edges: Array<MeetingEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One meeting in a page, with its cursor. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Filters for meetings. */
export type MeetingWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** conference, committee, tripartite meeting... */
  meetingType?: InputMaybe<Scalars['String']['input']>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** In this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** In this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** The most connected entities and how they were ranked. */
export type MostConnected = {
  __typename?: 'MostConnected';
  /** Highest first. */
  entities: Array<RankedEntity>;
  /** How `entities` are ordered: the `by` argument of `mostConnected`. */
  rankedBy: ConnectionRanking;
};

/** What kind of name it is. */
export type NameType =
  /** An acronym, e.g. `OMS` (French and Spanish for WHO). */
  | 'ACRONYM'
  /** The official name in its language. */
  | 'OFFICIAL'
  /** How an instrument is cited, e.g. `C138`, `Convention No. 138`. */
  | 'REFERENCE'
  /** A short title or short name, e.g. `Minimum Age Convention`. */
  | 'SHORT'
  /** Another way people write it, e.g. `Turin Centre`. */
  | 'VARIANT';

/** An entity linked to another, with the relationship type and the evidence for the link. */
export type Neighbour = {
  __typename?: 'Neighbour';
  /** For a VIA_COLLABORATION neighbour, the collaboration both take part in (its id, period and sources); null for a direct relationship. */
  collaboration?: Maybe<Collaboration>;
  /** Whether the relationship points from or to the entity asked about, or links both through a collaboration (see `collaboration`). */
  direction: LinkDirection;
  /** The linked entity. */
  entity: Entity;
  /** The relationship type, e.g. TARGETS, PROMOTES; for a neighbour reached through a collaboration, the role linking the collaboration to it (HAS_PARTNER, HAS_ILO_PARTY, ON_SECTOR, ON_TOPIC, IN_COUNTRY). */
  relation: Scalars['String']['output'];
  /** Where the link is stated (for a neighbour reached through a collaboration, the collaboration's sources). Empty means unsourced. */
  sources: Array<Citation>;
};

/** A non-governmental organisation and its ILO status. */
export type Ngo = Entity & Node & {
  __typename?: 'Ngo';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Its collaborations with the ILO. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** ILO status: general, regional, special-list, ilc-invitee or unknown (see the citation for how current it is). */
  consultativeStatus?: Maybe<Scalars['String']['output']>;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Fields of interest, where a source states them. */
  fieldsOfInterest: Array<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Lists and registers it is on (the Special List, general consultative status...), with how dated the source is in `neighbours`. */
  registers: Array<Register>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** A non-governmental organisation and its ILO status. */
export type NgoNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A non-governmental organisation and its ILO status. */
export type NgoSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A non-governmental organisation and its ILO status. */
export type NgoStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of NGOs. */
export type NgoConnection = {
  __typename?: 'NgoConnection';
  /** The page. */
  edges: Array<NgoEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One NGO in a page, with its cursor. */
export type NgoEdge = {
  __typename?: 'NgoEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The NGO. */
  node: Ngo;
};

/** Filters for NGOs. */
export type NgoWhere = {
  /** general, regional, special-list, ilc-invitee or unknown. */
  consultativeStatus?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An object with a stable, global id that `node(id:)` fetches again. */
export type Node = {
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
};

/** A strategic or operational objective, with the indicators that measure it. */
export type Objective = Entity & Node & {
  __typename?: 'Objective';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Code, e.g. `1`, `1a`. */
  code?: Maybe<Scalars['String']['output']>;
  /** Collaborations that serve this objective. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Performance indicators, as the source states them. */
  indicators: Array<Scalars['String']['output']>;
  /** Instruments an indicator of this objective names (e.g. member States that ratify C182). */
  instruments: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** strategic or operational. */
  level?: Maybe<Scalars['String']['output']>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** The operational objectives of a strategic objective. */
  operationalObjectives: Array<Objective>;
  /** The strategic objective an operational objective belongs to. */
  partOf?: Maybe<Objective>;
  /** Organisations cooperating with the ILO towards this objective (through collaborations). */
  partners: Array<Entity>;
  /** Programmes and departments contributing to it. */
  programmes: Array<Entity>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** A strategic or operational objective, with the indicators that measure it. */
export type ObjectiveNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A strategic or operational objective, with the indicators that measure it. */
export type ObjectiveSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A strategic or operational objective, with the indicators that measure it. */
export type ObjectiveStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of objectives. */
export type ObjectiveConnection = {
  __typename?: 'ObjectiveConnection';
  /** The page. */
  edges: Array<ObjectiveEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One objective in a page, with its cursor. */
export type ObjectiveEdge = {
  __typename?: 'ObjectiveEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The objective. */
  node: Objective;
};

/** Filters for objectives. */
export type ObjectiveWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** strategic or operational. */
  level?: InputMaybe<Scalars['String']['input']>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner organisation: UN specialized agency, fund or programme, financial institution, other IGO. */
export type PartnerAgency = Entity & Node & {
  __typename?: 'PartnerAgency';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** UN specialized agency, IFI, other IGO... */
  agencyType?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Its collaborations with the ILO. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Headquarters city. */
  headquarters?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** ILO departments and programmes it cooperates with. */
  iloParties: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** ILO objectives its collaborations serve. */
  objectives: Array<Objective>;
  /** Sectors it cooperates with the ILO on. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Topics it cooperates with the ILO on. */
  topics: Array<Topic>;
};


/** A partner organisation: UN specialized agency, fund or programme, financial institution, other IGO. */
export type PartnerAgencyNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation: UN specialized agency, fund or programme, financial institution, other IGO. */
export type PartnerAgencySourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A partner organisation: UN specialized agency, fund or programme, financial institution, other IGO. */
export type PartnerAgencyStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of partner agencys. */
export type PartnerAgencyConnection = {
  __typename?: 'PartnerAgencyConnection';
  /** The page. */
  edges: Array<PartnerAgencyEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One partner agency in a page, with its cursor. */
export type PartnerAgencyEdge = {
  __typename?: 'PartnerAgencyEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The partner agency. */
  node: PartnerAgency;
};

/** Filters for partner agencies. */
export type PartnerAgencyWhere = {
  /** e.g. "UN specialized agency". */
  agencyType?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** A citable piece of a document (paragraph, footnote, section or table row), with its text. */
export type Passage = {
  __typename?: 'Passage';
  /** Every fact citing this passage, one per quote, ordered by subject id, then relationship type, object and statement: facts about an entity or collaboration itself, its relationships, and its statements. Empty for a passage nothing cites yet. */
  citedBy: Array<CitingFact>;
  /** The document (or reference table) the passage belongs to. */
  document: Document;
  /** Passage id, e.g. `002#fn4`. */
  id: Scalars['ID']['output'];
  /** The label readers use: `34`, `fn4`, `better-work-programme`. */
  label: Scalars['String']['output'];
  /** Position in the document. */
  ordinal: Scalars['Int']['output'];
  /** The passage text. */
  text: Scalars['String']['output'];
};

/** A fragment of a passage around what the query matched, with the matches marked by offsets (so a client highlights them its own way, no markup to escape). */
export type PassageHighlight = {
  __typename?: 'PassageHighlight';
  /** Where the query matched within `text`: a word, a prefix, or a phrase from its first word to its last (across a line break or hyphenation). */
  matches: Array<TextRange>;
  /** Where the fragment starts in the passage text (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The fragment, cut at word boundaries. */
  text: Scalars['String']['output'];
};

/** One passage found by `passages(query:)`. */
export type PassageHit = {
  __typename?: 'PassageHit';
  /** The facts that cite the passage (entities, relationships, statements), each with its quote: the same list as `passage.citedBy`. */
  citedBy: Array<CitingFact>;
  /** The document (or reference table) the passage belongs to. */
  document: Document;
  /** Up to three fragments around the matches, in reading order. */
  highlights: Array<PassageHighlight>;
  /** The passage: id, label, full text, document, citing facts. */
  passage: Passage;
  /** Relevance, the same on every store: per word or phrase of the query, 1 where the passage has the word itself (0.8 where only a longer word it begins), a phrase as many as its words, times 1 + ln(occurrences); summed, divided by 1 + ln(1 + passage words / 50), and doubled when the words typed stand together in that order. Higher is better; hits come best first, ties by passage id. */
  score: Scalars['Float']['output'];
};

/** One relationship along a path, oriented as the path walks it, with its evidence. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Where the step starts (in path order). */
  from: Node;
  /** The relationship type, e.g. TARGETS, HAS_PARTNER. */
  relation: Scalars['String']['output'];
  /** True when the stored relationship points the other way (the path walks it backwards: `to` RELATION `from`). */
  reversed: Scalars['Boolean']['output'];
  /** Where the relationship is stated. Empty means unsourced. */
  sources: Array<Citation>;
  /** Where the step ends. */
  to: Node;
};

/** A person the documents name in a role, with the period they give (the Director-General; a contact at a bureau). */
export type Person = Entity & Node & {
  __typename?: 'Person';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** The role the documents name, e.g. `Director-General` (see `sourcesOf(field: "role")`). */
  role?: Maybe<Scalars['String']['output']>;
  /** Where the person holds the role (`role`, `since`, `until`). */
  servesIn: Array<Entity>;
  /** Year the person took the role, where a source says. */
  since?: Maybe<Scalars['Int']['output']>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Year the person left the role, where a source says. */
  until?: Maybe<Scalars['Int']['output']>;
};


/** A person the documents name in a role, with the period they give (the Director-General; a contact at a bureau). */
export type PersonNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A person the documents name in a role, with the period they give (the Director-General; a contact at a bureau). */
export type PersonSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A person the documents name in a role, with the period they give (the Director-General; a contact at a bureau). */
export type PersonStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of persons. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The page. */
  edges: Array<PersonEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One person in a page, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** An ILO programme: InFocus programme, IPEC, Better Work, action programme, DWCP... */
export type Programme = Entity & Node & {
  __typename?: 'Programme';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Collaborations it takes part in. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** Countries where it is active. */
  countries: Array<Country>;
  /** The department that runs it (the first by name if several). */
  department?: Maybe<Department>;
  /** Every department that runs it. */
  departments: Array<Department>;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Year it ended or ends. */
  endYear?: Maybe<Scalars['Int']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Instruments, guidance and resolutions it promotes. */
  instruments: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Objectives it contributes to. */
  objectives: Array<Objective>;
  /** The larger programme or unit it belongs to. */
  partOf: Array<Entity>;
  /** Organisations it cooperates with (through collaborations). */
  partners: Array<Entity>;
  /** Projects and sub-programmes within it. */
  parts: Array<Programme>;
  /** InFocus programme, action programme, technical cooperation project... */
  programmeType?: Maybe<Scalars['String']['output']>;
  /** Regions where it is active. */
  regions: Array<Region>;
  /** Sectors it works on. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Topics it addresses. */
  topics: Array<Topic>;
  /** Year it started (or the first year the sources give). */
  year?: Maybe<Scalars['Int']['output']>;
};


/** An ILO programme: InFocus programme, IPEC, Better Work, action programme, DWCP... */
export type ProgrammeNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An ILO programme: InFocus programme, IPEC, Better Work, action programme, DWCP... */
export type ProgrammeSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An ILO programme: InFocus programme, IPEC, Better Work, action programme, DWCP... */
export type ProgrammeStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of programmes. */
export type ProgrammeConnection = {
  __typename?: 'ProgrammeConnection';
  /** The page. */
  edges: Array<ProgrammeEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One programme in a page, with its cursor. */
export type ProgrammeEdge = {
  __typename?: 'ProgrammeEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The programme. */
  node: Programme;
};

/** Filters for programmes. */
export type ProgrammeWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** InFocus programme, action programme... */
  programmeType?: InputMaybe<Scalars['String']['input']>;
  /** Started in this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Started in this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** A measured quantity with its unit. */
export type QuantityValue = StatementValue & {
  __typename?: 'QuantityValue';
  /** How the number relates to the true one. */
  approximation: Approximation;
  /** The number. */
  quantity: Scalars['Float']['output'];
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
  /** Its unit, e.g. "per cent", "hours per week". */
  unit: Scalars['String']['output'];
};

/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type Query = {
  __typename?: 'Query';
  /** The classifications, filtered, ordered and paged (Relay). */
  classifications: ClassificationConnection;
  /** Who cooperates with whom, on which sectors and topics, since when, with sources. Ordered by start year, then id. An id in `where` that names no entity is NOT_FOUND, one of the wrong kind BAD_USER_INPUT (each naming the argument). */
  collaborations: CollaborationConnection;
  /** What two or more entities share: the entities linked to every one of them, directly or through a collaboration they take part in (e.g. common sectors, common partners). */
  commonNeighbours: Array<Entity>;
  /** The shortest paths between two entities (every path of the minimal length, up to `first`), each step with its relationship and sources. Paths follow relationships in either direction, up to 6 hops. */
  connections: Array<GraphPath>;
  /** The countrys, filtered, ordered and paged (Relay). */
  countries: CountryConnection;
  /** The departments, filtered, ordered and paged (Relay). */
  departments: DepartmentConnection;
  /** The documents, filtered, ordered and paged (Relay). */
  documents: DocumentConnection;
  /** The entity with this id (not a collaboration), or null. */
  entity?: Maybe<Entity>;
  /** The field offices, filtered, ordered and paged (Relay). */
  fieldOffices: FieldOfficeConnection;
  /** What the knowledge base lacks (a sector with no instrument, a claim with no source...), each with a sentence saying what would close it. */
  gaps: Array<Gap>;
  /** The code of practice or guidelines, filtered, ordered and paged (Relay). */
  guidance: GuidanceConnection;
  /** The instruments, filtered, ordered and paged (Relay). */
  instruments: InstrumentConnection;
  /** Links names as your list writes them to the graph's entities: for each input (up to 100, answered in order), its best candidates, each with a score from 0 to 1 and every feature that made it. A candidate is the match (`match: true`, and `matched`) when it scores at least 0.85 and at least 0.1 ahead of the next. Case, accents, punctuation and spacing are folded, abbreviations expanded, one typo forgiven in words of five letters or more; a short acronym never matches by prefix. The whole batch costs one store query. The reconciliation service at /reconcile answers from the same matching. */
  match: Array<MatchResult>;
  /** The meetings, filtered, ordered and paged (Relay). */
  meetings: MeetingConnection;
  /** The NGOs, filtered, ordered and paged (Relay). */
  ngos: NgoConnection;
  /** The node with this id, or null if there is none. */
  node?: Maybe<Node>;
  /** The nodes with these ids, in the same order; null for an unknown id. */
  nodes: Array<Maybe<Node>>;
  /** The objectives, filtered, ordered and paged (Relay). */
  objectives: ObjectiveConnection;
  /** The partner agencys, filtered, ordered and paged (Relay). */
  partnerAgencies: PartnerAgencyConnection;
  /** The passage with this id (e.g. `002#fn4`), or null if there is none. */
  passage?: Maybe<Passage>;
  /** Search the full text of every passage (documents and reference rows), best first. Case- and accent-insensitive; words in any order, each also as a prefix (three letters or more, except a short acronym such as `WHO`); `"quoted words"` as a phrase; a hyphenated word (`sector-specific`) as its parts or joined, across line breaks and hyphenation. Every word and phrase must match. */
  passages: Array<PassageHit>;
  /** The persons, filtered, ordered and paged (Relay). */
  persons: PersonConnection;
  /** The programmes, filtered, ordered and paged (Relay). */
  programmes: ProgrammeConnection;
  /** The regions, filtered, ordered and paged (Relay). */
  regions: RegionConnection;
  /** The registers, filtered, ordered and paged (Relay). */
  registers: RegisterConnection;
  /** The resolutions, filtered, ordered and paged (Relay). */
  resolutions: ResolutionConnection;
  /** Search entity names, acronyms, aliases and descriptions. Case- and accent-insensitive; prefixes and one typo still match (a short acronym such as WHO is never a prefix); an exact name, acronym or alias comes first, then names starting with the query, then names holding every word; ties go to the shorter name. The same hits in the same order on every store. Collaborations are searched when `kinds` includes COLLABORATION. To search the text of the documents themselves, use `passages`. */
  search: Array<SearchHit>;
  /** The sectors, filtered, ordered and paged (Relay). */
  sectors: SectorConnection;
  /** The social partners, filtered, ordered and paged (Relay). */
  socialPartners: SocialPartnerConnection;
  /** Every statement the knowledge base holds (counts, amounts, dates, conditions), filtered and paged (Relay); ordered by subject id, property, then period. A document id in `where.documents` that names nothing is NOT_FOUND, one of another kind BAD_USER_INPUT. */
  statements: StatementConnection;
  /** Counts by kind and relationship type, and the most connected entities. */
  stats: GraphStats;
  /** The topics, filtered, ordered and paged (Relay). */
  topics: TopicConnection;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryClassificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EntityWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryCollaborationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CollaborationWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryCommonNeighboursArgs = {
  ids: Array<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<CountryWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<DepartmentWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<DocumentWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryFieldOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<FieldOfficeWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryGapsArgs = {
  kinds?: InputMaybe<Array<GapKind>>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryGuidanceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<GuidanceWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryInstrumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<InstrumentWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryMatchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  inputs: Array<MatchInput>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<MeetingWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryNgosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<NgoWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryObjectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<ObjectiveWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryPartnerAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<PartnerAgencyWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryPassageArgs = {
  id: Scalars['ID']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryPassagesArgs = {
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EntityWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryProgrammesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<ProgrammeWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryRegionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EntityWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryRegistersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<RegisterWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<ResolutionWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QuerySectorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<SectorWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QuerySocialPartnersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<SocialPartnerWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<StatementWhere>;
};


/** The ILO knowledge graph: who cooperates with whom, on what, and on what evidence. */
export type QueryTopicsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EntityOrder>;
  where?: InputMaybe<EntityWhere>;
};

/** An entity ranked by how connected it is. */
export type RankedEntity = {
  __typename?: 'RankedEntity';
  /** Number of relationships it has (either direction). */
  degree: Scalars['Int']['output'];
  /** The entity. */
  entity: Entity;
  /** PageRank on the undirected graph, over every node (collaborations included: the ranks of all nodes sum to 1). Given whatever the ranking; never null. */
  pageRank?: Maybe<Scalars['Float']['output']>;
};

/** A region of the world: an ILO region (the `region` of its countries) or a region a document names (Latin America, sub-Saharan Africa, OECD countries...). One entity where both denote the same region (Africa). */
export type Region = Entity & Node & {
  __typename?: 'Region';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** Countries within it (for an ILO region, the countries of the knowledge base in it). */
  countries: Array<Country>;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Codes of practice and guidelines written for it. */
  guidance: Array<Guidance>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Meetings held in it. */
  meetings: Array<Meeting>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Programmes active in it. */
  programmes: Array<Programme>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** A region of the world: an ILO region (the `region` of its countries) or a region a document names (Latin America, sub-Saharan Africa, OECD countries...). One entity where both denote the same region (Africa). */
export type RegionNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A region of the world: an ILO region (the `region` of its countries) or a region a document names (Latin America, sub-Saharan Africa, OECD countries...). One entity where both denote the same region (Africa). */
export type RegionSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A region of the world: an ILO region (the `region` of its countries) or a region a document names (Latin America, sub-Saharan Africa, OECD countries...). One entity where both denote the same region (Africa). */
export type RegionStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of regions. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The page. */
  edges: Array<RegionEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One region in a page, with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The region. */
  node: Region;
};

/** A list or register kept by the ILO or a partner: the Special List of NGOs, the NGOs with general consultative status, databases such as NATLEX. What the documents say about how one gets on it is in its `statements` (property `admission`, CONDITION values). */
export type Register = Entity & Node & {
  __typename?: 'Register';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Classifications it is a category of (e.g. the three categories of NGOs in consultative status). */
  classifications: Array<Classification>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Who set it up or keeps it (e.g. the Governing Body). */
  maintainedBy: Array<Entity>;
  /** Organisations on it, each with the citation (often a dated reference row) in `neighbours`. */
  members: Array<Entity>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** list (organisations on it), status (a standing granted to them) or database. */
  registerType?: Maybe<Scalars['String']['output']>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** The list that took its place. */
  succeededBy?: Maybe<Register>;
  /** Topics it covers. */
  topics: Array<Topic>;
  /** Year it was set up, where a source says. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A list or register kept by the ILO or a partner: the Special List of NGOs, the NGOs with general consultative status, databases such as NATLEX. What the documents say about how one gets on it is in its `statements` (property `admission`, CONDITION values). */
export type RegisterNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A list or register kept by the ILO or a partner: the Special List of NGOs, the NGOs with general consultative status, databases such as NATLEX. What the documents say about how one gets on it is in its `statements` (property `admission`, CONDITION values). */
export type RegisterSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A list or register kept by the ILO or a partner: the Special List of NGOs, the NGOs with general consultative status, databases such as NATLEX. What the documents say about how one gets on it is in its `statements` (property `admission`, CONDITION values). */
export type RegisterStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of registers. */
export type RegisterConnection = {
  __typename?: 'RegisterConnection';
  /** The page. */
  edges: Array<RegisterEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One register in a page, with its cursor. */
export type RegisterEdge = {
  __typename?: 'RegisterEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The register. */
  node: Register;
};

/** Filters for lists and registers. */
export type RegisterWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** list, status or database. */
  registerType?: InputMaybe<Scalars['String']['input']>;
};

/** A resolution, set of conclusions or call to action adopted by an ILO organ (e.g. the resolution on HIV/AIDS and the world of work, International Labour Conference, 2000). Not a labour standard: nothing is ratified. */
export type Resolution = Entity & Node & {
  __typename?: 'Resolution';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** The meeting (e.g. a session of the International Labour Conference) that adopted it. */
  adoptedAt: Array<Meeting>;
  /** The ILO organ that adopted it, when not a meeting. */
  adoptedBy: Array<Department>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Programmes and departments that promote or implement it. */
  promotedBy: Array<Entity>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Topics it addresses. */
  topics: Array<Topic>;
  /** Objectives with an indicator naming it. */
  trackedBy: Array<Objective>;
  /** Year adopted. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A resolution, set of conclusions or call to action adopted by an ILO organ (e.g. the resolution on HIV/AIDS and the world of work, International Labour Conference, 2000). Not a labour standard: nothing is ratified. */
export type ResolutionNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A resolution, set of conclusions or call to action adopted by an ILO organ (e.g. the resolution on HIV/AIDS and the world of work, International Labour Conference, 2000). Not a labour standard: nothing is ratified. */
export type ResolutionSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A resolution, set of conclusions or call to action adopted by an ILO organ (e.g. the resolution on HIV/AIDS and the world of work, International Labour Conference, 2000). Not a labour standard: nothing is ratified. */
export type ResolutionStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of resolutions. */
export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  /** The page. */
  edges: Array<ResolutionEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One resolution in a page, with its cursor. */
export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The resolution. */
  node: Resolution;
};

/** Filters for resolutions. */
export type ResolutionWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** Adopted in this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Adopted in this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Which fields matched: name, acronym, aliases, description. */
  matchedOn: Array<Scalars['String']['output']>;
  /** Relevance, 0 to 40, higher is better and the same on every store: 30 and above for an exact name, acronym or alias; 20 and above when the name starts with the query; 10 and above when every query word is in the name; plus up to 9 for how well the words match (exact word over prefix over one typo, name or acronym over alias over description). */
  score: Scalars['Float']['output'];
};

/** An economic sector, e.g. one of the 22 sectors of the Sectoral Activities Programme. */
export type Sector = Entity & Node & {
  __typename?: 'Sector';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Classifications it belongs to (e.g. the 22 sectors of the Sectoral Activities Programme). */
  classifications: Array<Classification>;
  /** Sector grouping (editorial: see the citation confidence). */
  cluster?: Maybe<Scalars['String']['output']>;
  /** Collaborations on this sector. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** Departments that work on this sector. */
  departments: Array<Department>;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Codes of practice and guidelines for this sector. */
  guidance: Array<Guidance>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Instruments that apply to this sector. */
  instruments: Array<Instrument>;
  /** ISIC Rev.4 division codes (editorial). */
  isicDivisions: Array<Scalars['String']['output']>;
  /** ISIC Rev.4 section letters (an editorial mapping, not an ILO fact). */
  isicSections: Array<Scalars['String']['output']>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Meetings held for this sector. */
  meetings: Array<Meeting>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** For a sector the documents name on their own (ports), the reference sector grouping it with others ("Shipping; ports; fisheries; inland waterways"). */
  partOf?: Maybe<Sector>;
  /** Partner agencies cooperating with the ILO on this sector (through collaborations). */
  partners: Array<PartnerAgency>;
  /** The parts of this sector the documents name on their own, each with the facts about it. */
  parts: Array<Sector>;
  /** Programmes that work on this sector. */
  programmes: Array<Programme>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
  /** Issues the documents place in this sector (child labour, migration, gender...). */
  topics: Array<Topic>;
};


/** An economic sector, e.g. one of the 22 sectors of the Sectoral Activities Programme. */
export type SectorNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An economic sector, e.g. one of the 22 sectors of the Sectoral Activities Programme. */
export type SectorSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An economic sector, e.g. one of the 22 sectors of the Sectoral Activities Programme. */
export type SectorStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of sectors. */
export type SectorConnection = {
  __typename?: 'SectorConnection';
  /** The page. */
  edges: Array<SectorEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One sector in a page, with its cursor. */
export type SectorEdge = {
  __typename?: 'SectorEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The sector. */
  node: Sector;
};

/** Filters for sectors. */
export type SectorWhere = {
  /** Sector grouping. */
  cluster?: InputMaybe<Scalars['String']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** An employers' or workers' organisation (a social partner). */
export type SocialPartner = Entity & Node & {
  __typename?: 'SocialPartner';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Its collaborations with the ILO. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Meetings it takes part in. */
  meetings: Array<Meeting>;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** ILO organs it takes part in (e.g. the Governing Body). */
  organs: Array<Department>;
  /** Lists and registers it is on. */
  registers: Array<Register>;
  /** workers or employers. */
  side?: Maybe<Scalars['String']['output']>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** An employers' or workers' organisation (a social partner). */
export type SocialPartnerNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** An employers' or workers' organisation (a social partner). */
export type SocialPartnerSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** An employers' or workers' organisation (a social partner). */
export type SocialPartnerStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of social partners. */
export type SocialPartnerConnection = {
  __typename?: 'SocialPartnerConnection';
  /** The page. */
  edges: Array<SocialPartnerEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One social partner in a page, with its cursor. */
export type SocialPartnerEdge = {
  __typename?: 'SocialPartnerEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The social partner. */
  node: SocialPartner;
};

/** Filters for social partners. */
export type SocialPartnerWhere = {
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Name, acronym or an alias contains this text (case-insensitive). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** workers or employers. */
  side?: InputMaybe<Scalars['String']['input']>;
};

/** What a passage states about an entity in numbers, amounts, dates or conditions: a typed value with its citations, dated where the source dates it (`since`, `until`). */
export type Statement = {
  __typename?: 'Statement';
  /** The weakest confidence among its sources. */
  confidence: Confidence;
  /** Stable id: `<subject id>/<property>`, plus `@<since>` when a period tells two apart. */
  id: Scalars['ID']['output'];
  /** The property in words: "students educated". */
  label: Scalars['String']['output'];
  /** What is stated, as a stable kebab-case key: `staff`, `students-educated`, `votes-in-favour`, `admission`. The same property on several entities compares like with like. */
  property: Scalars['String']['output'];
  /** First year the value held, where the source says. */
  since?: Maybe<Scalars['Int']['output']>;
  /** The passages that state it, each with its verbatim quote. */
  sources: Array<Citation>;
  /** The entity or collaboration the statement is about. */
  subject: Entity;
  /** Last year the value held, where the source says. */
  until?: Maybe<Scalars['Int']['output']>;
  /** The value, typed. */
  value: StatementValue;
  /** The type of `value` (filterable without fragments). */
  valueType: StatementValueType;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The page. */
  edges: Array<StatementEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One statement in a page, with its cursor. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/** The value of a statement. Its concrete type says what it is: CountValue, QuantityValue, AmountValue, DateValue or ConditionValue; `text` reads it as words ("about 160 NGOs", "more than 2,000,000 USD", "1999-03"). */
export type StatementValue = {
  /** The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03". */
  text: Scalars['String']['output'];
};

/** What kind of value a statement gives (the type of `Statement.value`). */
export type StatementValueType =
  /** An amount of money with its currency (`AmountValue`): over $2 million. */
  | 'AMOUNT'
  /** A condition in words (`ConditionValue`): what must hold, e.g. to get on a list. */
  | 'CONDITION'
  /** A number of things (`CountValue`): 10,572 students, about 160 NGOs. */
  | 'COUNT'
  /** A date, month or year (`DateValue`): March 1999, 1956. */
  | 'DATE'
  /** A measured quantity with its unit (`QuantityValue`). */
  | 'QUANTITY';

/** Filters for statements; all given filters must hold, each list matches any of its items. */
export type StatementWhere = {
  /** Only statements citing a passage of one of these documents (e.g. `document:004`). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these properties (e.g. `staff`, `admission`): compare one property across entities. */
  properties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only statements about these entities or collaborations. */
  subjects?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only values of these types. */
  valueTypes?: InputMaybe<Array<StatementValueType>>;
};

/** Where a query matched in a fragment: offsets in UTF-16 code units, end exclusive. */
export type TextRange = {
  __typename?: 'TextRange';
  /** Just after the last character of the match. */
  end: Scalars['Int']['output'];
  /** First character of the match. */
  start: Scalars['Int']['output'];
};

/** A subject of work: child labour, OSH, HIV/AIDS, migration... */
export type Topic = Entity & Node & {
  __typename?: 'Topic';
  /** Acronym or code, e.g. `WHO`, `IPEC`, `SECTOR`. */
  acronym?: Maybe<Scalars['String']['output']>;
  /** Other names it goes by: those the sources use, and every one of `names`. */
  aliases: Array<Scalars['String']['output']>;
  /** Classifications it is a category of (e.g. the four categories of fundamental principles and rights). */
  classifications: Array<Classification>;
  /** Collaborations on it. */
  collaborations: Array<Collaboration>;
  /** The weakest confidence among its sources: anything but CONFIRMED means some fact is not confirmed. */
  confidence: Confidence;
  /** What the sources say it is, in one or two sentences. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable readable id: `<kind prefix>:<key>`, e.g. `sector:health-services`. */
  id: Scalars['ID']['output'];
  /** Instruments and guidance addressing it. */
  instruments: Array<Entity>;
  /** What kind of entity this is. */
  kind: EntityKind;
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Names it goes by in English, French and Spanish, references and short titles, each with its language, type and sources. */
  names: Array<EntityName>;
  /** Entities linked to this one, each with the relationship type, its direction and its sources: linked directly (OUT, IN), or through a collaboration both take part in (VIA_COLLABORATION: a partner agency's sectors, topics, ILO parties and co-partners, with the collaboration and its sources). Ordered by name character by character (capitals before lower case), then id; the store reads only the first `first` links of each kind, so a page of a hub's links stays cheap. */
  neighbours: Array<Neighbour>;
  /** Programmes addressing it. */
  programmes: Array<Programme>;
  /** Resolutions addressing it. */
  resolutions: Array<Resolution>;
  /** Sectors where the documents place this issue (child labour is high in agriculture, migrants important in construction), each with its quote in `neighbours`. */
  sectors: Array<Sector>;
  /** Where the facts about this entity come from. Empty means unsourced (see `gaps`). */
  sources: Array<Citation>;
  /** The citations that support one field of this entity, e.g. `sourcesOf(field: "year")`: a year read from a reference table (its `document` a reference table, often UNCONFIRMED) and a year a document states are told apart. Empty when no citation names the field. */
  sourcesOf: Array<Citation>;
  /** What the sources state about this entity in numbers, amounts, dates or conditions, each typed and cited; by property, then period. */
  statements: Array<Statement>;
};


/** A subject of work: child labour, OSH, HIV/AIDS, migration... */
export type TopicNeighboursArgs = {
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  relation?: InputMaybe<Scalars['String']['input']>;
};


/** A subject of work: child labour, OSH, HIV/AIDS, migration... */
export type TopicSourcesOfArgs = {
  field: Scalars['String']['input'];
};


/** A subject of work: child labour, OSH, HIV/AIDS, migration... */
export type TopicStatementsArgs = {
  property?: InputMaybe<Scalars['String']['input']>;
};

/** A page of topics. */
export type TopicConnection = {
  __typename?: 'TopicConnection';
  /** The page. */
  edges: Array<TopicEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list has (all pages). */
  totalCount: Scalars['Int']['output'];
};

/** One topic in a page, with its cursor. */
export type TopicEdge = {
  __typename?: 'TopicEdge';
  /** Opaque cursor of this edge, valid for this list with these arguments. */
  cursor: Scalars['String']['output'];
  /** The topic. */
  node: Topic;
};

export type ExploreCollaborationsQueryVariables = Exact<{
  where?: InputMaybe<CollaborationWhere>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ExploreCollaborationsQuery = { __typename?: 'Query', collaborations: { __typename?: 'CollaborationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CollaborationEdge', node: { __typename?: 'Collaboration', id: string, name: string, description?: string | null, since?: number | null, until?: number | null, partners: Array<
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        >, iloParties: Array<
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        >, sectors: Array<{ __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }>, topics: Array<{ __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }>, countries: Array<{ __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }>, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }> } }> } };

export type ExploreNodeNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreNodeNameQuery = { __typename?: 'Query', node?:
    | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
    | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
   | null };

export type ExploreConnectionsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExploreConnectionsQuery = { __typename?: 'Query', connections: Array<{ __typename?: 'GraphPath', length: number, steps: Array<{ __typename?: 'PathStep', relation: string, reversed: boolean, from:
        | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
      , to:
        | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
        | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
      , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }> }> }> };

export type ExploreDocumentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExploreDocumentQuery = { __typename?: 'Query', node?:
    | { __typename: 'Classification', id: string }
    | { __typename: 'Collaboration', id: string }
    | { __typename: 'Country', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Document', name: string, symbol?: string | null, date?: string | null, documentKind?: string | null, issuingBody?: string | null, url?: string | null, description?: string | null, id: string, passages: Array<{ __typename?: 'Passage', id: string, label: string, text: string, citedBy: Array<{ __typename?: 'CitingFact', relation?: string | null, quote: string, confidence: Confidence, subject:
            | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
          , object?:
            | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
            | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
           | null }> }> }
    | { __typename: 'FieldOffice', id: string }
    | { __typename: 'Guidance', id: string }
    | { __typename: 'Instrument', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'Ngo', id: string }
    | { __typename: 'Objective', id: string }
    | { __typename: 'PartnerAgency', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'Register', id: string }
    | { __typename: 'Resolution', id: string }
    | { __typename: 'Sector', id: string }
    | { __typename: 'SocialPartner', id: string }
    | { __typename: 'Topic', id: string }
   | null };

export type ExploreDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreDocumentsQuery = { __typename?: 'Query', documents: { __typename?: 'DocumentConnection', totalCount: number, edges: Array<{ __typename?: 'DocumentEdge', node: { __typename?: 'Document', id: string, name: string, symbol?: string | null, date?: string | null, documentKind?: string | null } }> } };

export type ExploreEntityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExploreEntityQuery = { __typename?: 'Query', node?:
    | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, since?: number | null, until?: number | null, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }>, partners: Array<
        | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
      >, iloParties: Array<
        | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
        | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
      >, sectors: Array<{ __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }>, topics: Array<{ __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }>, countries: Array<{ __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }> }
    | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, isoAlpha3?: string | null, region?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, code?: string | null, unitType?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, symbol?: string | null, date?: string | null, documentKind?: string | null, issuingBody?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, guidanceType?: string | null, year?: number | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, code?: string | null, instrumentType?: string | null, year?: number | null, category?: string | null, status?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, meetingType?: string | null, year?: number | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, consultativeStatus?: string | null, fieldsOfInterest: Array<string>, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, code?: string | null, level?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, agencyType?: string | null, headquarters?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, programmeType?: string | null, year?: number | null, endYear?: number | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, cluster?: string | null, isicSections: Array<string>, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, side?: string | null, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, aliases: Array<string>, description?: string | null, confidence: Confidence, id: string, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
   | null };

export type ExploreNeighboursQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExploreNeighboursQuery = { __typename?: 'Query', entity?:
    | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
    | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null, neighbours: Array<{ __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
        , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, iloParties: Array<
            | { __typename?: 'Classification', id: string }
            | { __typename?: 'Collaboration', id: string }
            | { __typename?: 'Country', id: string }
            | { __typename?: 'Department', id: string }
            | { __typename?: 'Document', id: string }
            | { __typename?: 'FieldOffice', id: string }
            | { __typename?: 'Guidance', id: string }
            | { __typename?: 'Instrument', id: string }
            | { __typename?: 'Meeting', id: string }
            | { __typename?: 'Ngo', id: string }
            | { __typename?: 'Objective', id: string }
            | { __typename?: 'PartnerAgency', id: string }
            | { __typename?: 'Person', id: string }
            | { __typename?: 'Programme', id: string }
            | { __typename?: 'Region', id: string }
            | { __typename?: 'Register', id: string }
            | { __typename?: 'Resolution', id: string }
            | { __typename?: 'Sector', id: string }
            | { __typename?: 'SocialPartner', id: string }
            | { __typename?: 'Topic', id: string }
          >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null }> }
   | null };

type EntityRef_Classification_Fragment = { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Collaboration_Fragment = { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Country_Fragment = { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Department_Fragment = { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Document_Fragment = { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_FieldOffice_Fragment = { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Guidance_Fragment = { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Instrument_Fragment = { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Meeting_Fragment = { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Ngo_Fragment = { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Objective_Fragment = { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_PartnerAgency_Fragment = { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Person_Fragment = { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Programme_Fragment = { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Region_Fragment = { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Register_Fragment = { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Resolution_Fragment = { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Sector_Fragment = { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_SocialPartner_Fragment = { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null };

type EntityRef_Topic_Fragment = { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null };

export type EntityRefFragment =
  | EntityRef_Classification_Fragment
  | EntityRef_Collaboration_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Department_Fragment
  | EntityRef_Document_Fragment
  | EntityRef_FieldOffice_Fragment
  | EntityRef_Guidance_Fragment
  | EntityRef_Instrument_Fragment
  | EntityRef_Meeting_Fragment
  | EntityRef_Ngo_Fragment
  | EntityRef_Objective_Fragment
  | EntityRef_PartnerAgency_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Programme_Fragment
  | EntityRef_Region_Fragment
  | EntityRef_Register_Fragment
  | EntityRef_Resolution_Fragment
  | EntityRef_Sector_Fragment
  | EntityRef_SocialPartner_Fragment
  | EntityRef_Topic_Fragment
;

type NodeRef_Classification_Fragment = { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Collaboration_Fragment = { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Country_Fragment = { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Department_Fragment = { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Document_Fragment = { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_FieldOffice_Fragment = { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Guidance_Fragment = { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Instrument_Fragment = { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Meeting_Fragment = { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Ngo_Fragment = { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Objective_Fragment = { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_PartnerAgency_Fragment = { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Person_Fragment = { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Programme_Fragment = { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Region_Fragment = { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Register_Fragment = { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Resolution_Fragment = { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Sector_Fragment = { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_SocialPartner_Fragment = { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string };

type NodeRef_Topic_Fragment = { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string };

export type NodeRefFragment =
  | NodeRef_Classification_Fragment
  | NodeRef_Collaboration_Fragment
  | NodeRef_Country_Fragment
  | NodeRef_Department_Fragment
  | NodeRef_Document_Fragment
  | NodeRef_FieldOffice_Fragment
  | NodeRef_Guidance_Fragment
  | NodeRef_Instrument_Fragment
  | NodeRef_Meeting_Fragment
  | NodeRef_Ngo_Fragment
  | NodeRef_Objective_Fragment
  | NodeRef_PartnerAgency_Fragment
  | NodeRef_Person_Fragment
  | NodeRef_Programme_Fragment
  | NodeRef_Region_Fragment
  | NodeRef_Register_Fragment
  | NodeRef_Resolution_Fragment
  | NodeRef_Sector_Fragment
  | NodeRef_SocialPartner_Fragment
  | NodeRef_Topic_Fragment
;

export type CitationRefFragment = { __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } };

export type NeighbourLinkFragment = { __typename?: 'Neighbour', relation: string, direction: LinkDirection, entity:
    | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
  , sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }>, collaboration?: { __typename?: 'Collaboration', id: string, name: string, since?: number | null, until?: number | null, partners: Array<
      | { __typename?: 'Classification', id: string }
      | { __typename?: 'Collaboration', id: string }
      | { __typename?: 'Country', id: string }
      | { __typename?: 'Department', id: string }
      | { __typename?: 'Document', id: string }
      | { __typename?: 'FieldOffice', id: string }
      | { __typename?: 'Guidance', id: string }
      | { __typename?: 'Instrument', id: string }
      | { __typename?: 'Meeting', id: string }
      | { __typename?: 'Ngo', id: string }
      | { __typename?: 'Objective', id: string }
      | { __typename?: 'PartnerAgency', id: string }
      | { __typename?: 'Person', id: string }
      | { __typename?: 'Programme', id: string }
      | { __typename?: 'Region', id: string }
      | { __typename?: 'Register', id: string }
      | { __typename?: 'Resolution', id: string }
      | { __typename?: 'Sector', id: string }
      | { __typename?: 'SocialPartner', id: string }
      | { __typename?: 'Topic', id: string }
    >, iloParties: Array<
      | { __typename?: 'Classification', id: string }
      | { __typename?: 'Collaboration', id: string }
      | { __typename?: 'Country', id: string }
      | { __typename?: 'Department', id: string }
      | { __typename?: 'Document', id: string }
      | { __typename?: 'FieldOffice', id: string }
      | { __typename?: 'Guidance', id: string }
      | { __typename?: 'Instrument', id: string }
      | { __typename?: 'Meeting', id: string }
      | { __typename?: 'Ngo', id: string }
      | { __typename?: 'Objective', id: string }
      | { __typename?: 'PartnerAgency', id: string }
      | { __typename?: 'Person', id: string }
      | { __typename?: 'Programme', id: string }
      | { __typename?: 'Region', id: string }
      | { __typename?: 'Register', id: string }
      | { __typename?: 'Resolution', id: string }
      | { __typename?: 'Sector', id: string }
      | { __typename?: 'SocialPartner', id: string }
      | { __typename?: 'Topic', id: string }
    >, sectors: Array<{ __typename?: 'Sector', id: string }>, topics: Array<{ __typename?: 'Topic', id: string }>, countries: Array<{ __typename?: 'Country', id: string }> } | null };

export type CollaborationDetailsFragment = { __typename?: 'Collaboration', id: string, name: string, description?: string | null, since?: number | null, until?: number | null, partners: Array<
    | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
  >, iloParties: Array<
    | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
    | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
  >, sectors: Array<{ __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }>, topics: Array<{ __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }>, countries: Array<{ __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }>, sources: Array<{ __typename?: 'Citation', passage: string, quote: string, confidence: Confidence, document: { __typename?: 'Document', id: string, name: string } }> };

export type ExploreGapsQueryVariables = Exact<{
  kinds?: InputMaybe<Array<GapKind> | GapKind>;
}>;


export type ExploreGapsQuery = { __typename?: 'Query', gaps: Array<{ __typename?: 'Gap', kind: GapKind, relationship?: string | null, explanation: string, entity?:
      | { __typename: 'Classification', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Collaboration', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Country', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Department', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Document', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'FieldOffice', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Guidance', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Instrument', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Meeting', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Ngo', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Objective', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'PartnerAgency', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Person', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Programme', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Region', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Register', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Resolution', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Sector', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'SocialPartner', kind: EntityKind, name: string, acronym?: string | null, id: string }
      | { __typename: 'Topic', kind: EntityKind, name: string, acronym?: string | null, id: string }
     | null }> };

export type ExploreHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreHomeQuery = { __typename?: 'Query', stats: { __typename?: 'GraphStats', totalEntities: number, totalRelationships: number, entitiesByKind: Array<{ __typename?: 'CountByName', name: string, count: number }>, mostConnected: { __typename?: 'MostConnected', entities: Array<{ __typename?: 'RankedEntity', degree: number, entity:
          | { __typename?: 'Classification', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Collaboration', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Country', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Department', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Document', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'FieldOffice', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Guidance', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Instrument', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Meeting', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Ngo', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Objective', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'PartnerAgency', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Person', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Programme', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Region', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Register', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Resolution', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Sector', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'SocialPartner', id: string, kind: EntityKind, name: string, acronym?: string | null }
          | { __typename?: 'Topic', id: string, kind: EntityKind, name: string, acronym?: string | null }
         }> } } };

export type ExplorePassageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExplorePassageQuery = { __typename?: 'Query', passage?: { __typename?: 'Passage', id: string, label: string, text: string, document: { __typename?: 'Document', id: string, name: string, symbol?: string | null, date?: string | null } } | null };

export type ExploreSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind> | EntityKind>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ExploreSearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', score: number, matchedOn: Array<string>, entity:
      | { __typename?: 'Classification', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Collaboration', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Country', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Department', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Document', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'FieldOffice', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Guidance', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Instrument', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Meeting', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Ngo', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Objective', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'PartnerAgency', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Person', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Programme', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Region', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Register', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Resolution', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Sector', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'SocialPartner', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
      | { __typename?: 'Topic', aliases: Array<string>, id: string, kind: EntityKind, name: string, acronym?: string | null }
     }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeRefFragmentDoc = new TypedDocumentString(`
    fragment NodeRef on Node {
  __typename
  id
  ... on Entity {
    kind
    name
    acronym
  }
  ... on Collaboration {
    name
  }
}
    `, {"fragmentName":"NodeRef"}) as unknown as TypedDocumentString<NodeRefFragment, unknown>;
export const EntityRefFragmentDoc = new TypedDocumentString(`
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
    `, {"fragmentName":"EntityRef"}) as unknown as TypedDocumentString<EntityRefFragment, unknown>;
export const CitationRefFragmentDoc = new TypedDocumentString(`
    fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}
    `, {"fragmentName":"CitationRef"}) as unknown as TypedDocumentString<CitationRefFragment, unknown>;
export const NeighbourLinkFragmentDoc = new TypedDocumentString(`
    fragment NeighbourLink on Neighbour {
  relation
  direction
  entity {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
  collaboration {
    id
    name
    since
    until
    partners {
      id
    }
    iloParties {
      id
    }
    sectors {
      id
    }
    topics {
      id
    }
    countries {
      id
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}`, {"fragmentName":"NeighbourLink"}) as unknown as TypedDocumentString<NeighbourLinkFragment, unknown>;
export const CollaborationDetailsFragmentDoc = new TypedDocumentString(`
    fragment CollaborationDetails on Collaboration {
  id
  name
  description
  since
  until
  partners {
    ...EntityRef
  }
  iloParties {
    ...EntityRef
  }
  sectors {
    ...EntityRef
  }
  topics {
    ...EntityRef
  }
  countries {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}`, {"fragmentName":"CollaborationDetails"}) as unknown as TypedDocumentString<CollaborationDetailsFragment, unknown>;
export const ExploreCollaborationsDocument = new TypedDocumentString(`
    query ExploreCollaborations($where: CollaborationWhere, $first: Int = 50, $after: String) {
  collaborations(where: $where, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CollaborationDetails
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}
fragment CollaborationDetails on Collaboration {
  id
  name
  description
  since
  until
  partners {
    ...EntityRef
  }
  iloParties {
    ...EntityRef
  }
  sectors {
    ...EntityRef
  }
  topics {
    ...EntityRef
  }
  countries {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
}`) as unknown as TypedDocumentString<ExploreCollaborationsQuery, ExploreCollaborationsQueryVariables>;
export const ExploreNodeNameDocument = new TypedDocumentString(`
    query ExploreNodeName($id: ID!) {
  node(id: $id) {
    ...NodeRef
  }
}
    fragment NodeRef on Node {
  __typename
  id
  ... on Entity {
    kind
    name
    acronym
  }
  ... on Collaboration {
    name
  }
}`) as unknown as TypedDocumentString<ExploreNodeNameQuery, ExploreNodeNameQueryVariables>;
export const ExploreConnectionsDocument = new TypedDocumentString(`
    query ExploreConnections($from: ID!, $to: ID!, $maxHops: Int = 4, $first: Int = 5) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length
    steps {
      relation
      reversed
      from {
        ...NodeRef
      }
      to {
        ...NodeRef
      }
      sources {
        ...CitationRef
      }
    }
  }
}
    fragment NodeRef on Node {
  __typename
  id
  ... on Entity {
    kind
    name
    acronym
  }
  ... on Collaboration {
    name
  }
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}`) as unknown as TypedDocumentString<ExploreConnectionsQuery, ExploreConnectionsQueryVariables>;
export const ExploreDocumentDocument = new TypedDocumentString(`
    query ExploreDocument($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Document {
      name
      symbol
      date
      documentKind
      issuingBody
      url
      description
      passages {
        id
        label
        text
        citedBy {
          subject {
            ...NodeRef
          }
          relation
          object {
            ...NodeRef
          }
          quote
          confidence
        }
      }
    }
  }
}
    fragment NodeRef on Node {
  __typename
  id
  ... on Entity {
    kind
    name
    acronym
  }
  ... on Collaboration {
    name
  }
}`) as unknown as TypedDocumentString<ExploreDocumentQuery, ExploreDocumentQueryVariables>;
export const ExploreDocumentsDocument = new TypedDocumentString(`
    query ExploreDocuments {
  documents(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        symbol
        date
        documentKind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreDocumentsQuery, ExploreDocumentsQueryVariables>;
export const ExploreEntityDocument = new TypedDocumentString(`
    query ExploreEntity($id: ID!, $first: Int = 100) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      kind
      name
      acronym
      aliases
      description
      confidence
      sources {
        ...CitationRef
      }
      neighbours(first: $first) {
        ...NeighbourLink
      }
    }
    ... on Sector {
      cluster
      isicSections
    }
    ... on Instrument {
      code
      instrumentType
      year
      category
      status
    }
    ... on Guidance {
      guidanceType
      year
    }
    ... on Department {
      code
      unitType
    }
    ... on Programme {
      programmeType
      year
      endYear
    }
    ... on PartnerAgency {
      agencyType
      headquarters
    }
    ... on Ngo {
      consultativeStatus
      fieldsOfInterest
    }
    ... on SocialPartner {
      side
    }
    ... on Country {
      isoAlpha3
      region
    }
    ... on Objective {
      code
      level
    }
    ... on Meeting {
      meetingType
      year
    }
    ... on Document {
      symbol
      date
      documentKind
      issuingBody
    }
    ... on Collaboration {
      ...CollaborationDetails
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}
fragment NeighbourLink on Neighbour {
  relation
  direction
  entity {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
  collaboration {
    id
    name
    since
    until
    partners {
      id
    }
    iloParties {
      id
    }
    sectors {
      id
    }
    topics {
      id
    }
    countries {
      id
    }
  }
}
fragment CollaborationDetails on Collaboration {
  id
  name
  description
  since
  until
  partners {
    ...EntityRef
  }
  iloParties {
    ...EntityRef
  }
  sectors {
    ...EntityRef
  }
  topics {
    ...EntityRef
  }
  countries {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
}`) as unknown as TypedDocumentString<ExploreEntityQuery, ExploreEntityQueryVariables>;
export const ExploreNeighboursDocument = new TypedDocumentString(`
    query ExploreNeighbours($id: ID!, $first: Int = 100) {
  entity(id: $id) {
    ...EntityRef
    neighbours(first: $first) {
      ...NeighbourLink
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}
fragment CitationRef on Citation {
  passage
  quote
  confidence
  document {
    id
    name
  }
}
fragment NeighbourLink on Neighbour {
  relation
  direction
  entity {
    ...EntityRef
  }
  sources {
    ...CitationRef
  }
  collaboration {
    id
    name
    since
    until
    partners {
      id
    }
    iloParties {
      id
    }
    sectors {
      id
    }
    topics {
      id
    }
    countries {
      id
    }
  }
}`) as unknown as TypedDocumentString<ExploreNeighboursQuery, ExploreNeighboursQueryVariables>;
export const ExploreGapsDocument = new TypedDocumentString(`
    query ExploreGaps($kinds: [GapKind!]) {
  gaps(kinds: $kinds) {
    kind
    relationship
    explanation
    entity {
      ...NodeRef
    }
  }
}
    fragment NodeRef on Node {
  __typename
  id
  ... on Entity {
    kind
    name
    acronym
  }
  ... on Collaboration {
    name
  }
}`) as unknown as TypedDocumentString<ExploreGapsQuery, ExploreGapsQueryVariables>;
export const ExploreHomeDocument = new TypedDocumentString(`
    query ExploreHome {
  stats {
    totalEntities
    totalRelationships
    entitiesByKind {
      name
      count
    }
    mostConnected(first: 12) {
      entities {
        degree
        entity {
          ...EntityRef
        }
      }
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}`) as unknown as TypedDocumentString<ExploreHomeQuery, ExploreHomeQueryVariables>;
export const ExplorePassageDocument = new TypedDocumentString(`
    query ExplorePassage($id: ID!) {
  passage(id: $id) {
    id
    label
    text
    document {
      id
      name
      symbol
      date
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorePassageQuery, ExplorePassageQueryVariables>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($query: String!, $kinds: [EntityKind!], $first: Int = 8) {
  search(query: $query, kinds: $kinds, first: $first) {
    score
    matchedOn
    entity {
      ...EntityRef
      aliases
    }
  }
}
    fragment EntityRef on Entity {
  id
  kind
  name
  acronym
}`) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;