/**
 * The closed set of relationship types. Relationship types cannot be Cypher parameters in
 * Neo4j, and we never interpolate them: every link is stored in one `LINK` relationship table
 * with its type as a property, so this list is what the seed validator and the API accept.
 *
 * Direction is always the one given in the comment (from → to).
 */
export const RELATION_TYPES = [
  'RUNS', //                Department → Programme (a unit runs or manages a programme)
  'PART_OF', //             Department/Programme/Objective/Meeting/FieldOffice → Department/Programme/Objective/Meeting/FieldOffice (a unit within a larger one); Country/Region → Region (a place within a region); Sector → Sector (a part the documents name on its own, e.g. ports within "Shipping; ports; fisheries; inland waterways")
  'TARGETS', //             Programme/Department/Meeting → Sector (works on, or is held for, that sector)
  'PROMOTES', //            Programme/Department → Instrument/Guidance/Resolution (promotes ratification or use)
  'ACTIVE_IN', //           Programme → Country/Region
  'CONTRIBUTES_TO', //      Programme/Department → Objective
  'APPLIES_TO', //          Instrument/Guidance → Sector
  'ADDRESSES', //           Instrument/Guidance/Resolution/Programme/Objective/Meeting/Department/FieldOffice/Register → Topic
  'ADOPTED_AT', //          Instrument/Guidance/Resolution → Meeting/Department (a meeting, or an organ such as the Governing Body)
  'MEMBER_OF', //           Country/Agency/SocialPartner/Ngo → Agency/Meeting/SocialPartner/Ngo
  'REVISES', //             Instrument → Instrument (C169 revises C107)
  'LOCATED_IN', //          Agency/Department/Meeting/FieldOffice → Country/Region
  'ORGANISES', //           Department/Agency → Meeting
  'PARTICIPATES_IN', //     SocialPartner/Agency/Ngo → Meeting/Programme/Department (an organ such as the Governing Body)
  'INTENDED_FOR', //        Guidance/Programme → SocialPartner/Country/Region (audience)
  'WORKS_WITH', //          Department/Programme → SocialPartner/Ngo (a working relationship that is not a Collaboration node)
  'CONCENTRATED_IN', //     Topic → Sector (the documents place the issue in that sector: child labour is high in agriculture)
  'TRACKS', //              Objective → Instrument/Resolution (an indicator of the objective names the instrument: ratifications of C138)
  'SUCCEEDED_BY', //        Department/Programme/FieldOffice/Register → the same kind (the unit or list that took its place, e.g. under a new name)
  'SERVES_IN', //           Person → Department/FieldOffice/PartnerAgency (holds a role there; the role and its period are the person's fields)
  'LISTED_IN', //           Ngo/SocialPartner/PartnerAgency → Register (on a list or register, e.g. the Special List)
  'MAINTAINS', //           Department/Programme/PartnerAgency → Register/Classification (set up, keeps or publishes it)
  'CLASSIFIED_IN', //       Sector/Topic/Register/Instrument → Classification (one of its categories)
  // Collaboration node roles (Collaboration → participant):
  'HAS_PARTNER', //         Collaboration → PartnerAgency/Ngo/SocialPartner
  'HAS_ILO_PARTY', //       Collaboration → Department/Programme
  'ON_SECTOR', //           Collaboration → Sector
  'ON_TOPIC', //            Collaboration → Topic
  'IN_COUNTRY', //          Collaboration → Country
  'FOR_OBJECTIVE', //       Collaboration → Objective (the objective the cooperation serves)
  // Provenance of documents:
  'ISSUED_BY', //           Document → Department/Agency/Meeting
] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * The roles linking a Collaboration node to its participants (always Collaboration → participant).
 * An entity never reaches another entity through one of them directly: only through a collaboration.
 */
export const COLLABORATION_ROLES = [
  'HAS_PARTNER',
  'HAS_ILO_PARTY',
  'ON_SECTOR',
  'ON_TOPIC',
  'IN_COUNTRY',
  'FOR_OBJECTIVE',
] as const satisfies readonly RelationType[];

export type CollaborationRole = (typeof COLLABORATION_ROLES)[number];

/** The relationship types that link two entities directly (every type but the collaboration roles). */
export const DIRECT_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => !(COLLABORATION_ROLES as readonly string[]).includes(t),
);

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
