/**
 * The closed set of relationship types. Relationship types cannot be Cypher parameters in
 * Neo4j, and we never interpolate them: every link is stored in one `LINK` relationship table
 * with its type as a property, so this list is what the seed validator and the API accept.
 *
 * Direction is always the one given in the comment (from → to).
 */
export const RELATION_TYPES = [
  'RUNS', //                Department → Programme (a unit runs or manages a programme)
  'PART_OF', //             Department/Programme/Objective/Meeting → Department/Programme/Objective/Meeting (a unit within a larger one); Country/Region → Region (a place within a region)
  'TARGETS', //             Programme/Department/Meeting → Sector (works on, or is held for, that sector)
  'PROMOTES', //            Programme/Department → Instrument/Guidance (promotes ratification or use)
  'ACTIVE_IN', //           Programme → Country/Region
  'CONTRIBUTES_TO', //      Programme/Department → Objective
  'APPLIES_TO', //          Instrument/Guidance → Sector
  'ADDRESSES', //           Instrument/Guidance/Programme/Objective/Meeting/Department → Topic
  'ADOPTED_AT', //          Instrument/Guidance → Meeting/Department (a meeting, or an organ such as the Governing Body)
  'MEMBER_OF', //           Country/Agency/SocialPartner → Agency/Meeting/…
  'REVISES', //             Instrument → Instrument (C169 revises C107)
  'LOCATED_IN', //          Agency/Department/Meeting → Country/Region
  'ORGANISES', //           Department/Agency → Meeting
  'PARTICIPATES_IN', //     SocialPartner/Agency/Ngo → Meeting/Programme
  'INTENDED_FOR', //        Guidance/Programme → SocialPartner/Country/Region (audience)
  'WORKS_WITH', //          Department/Programme → SocialPartner/Ngo (a working relationship that is not a Collaboration node)
  // Collaboration node roles (Collaboration → participant):
  'HAS_PARTNER', //         Collaboration → PartnerAgency/Ngo/SocialPartner
  'HAS_ILO_PARTY', //       Collaboration → Department/Programme
  'ON_SECTOR', //           Collaboration → Sector
  'ON_TOPIC', //            Collaboration → Topic
  'IN_COUNTRY', //          Collaboration → Country
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
] as const satisfies readonly RelationType[];

export type CollaborationRole = (typeof COLLABORATION_ROLES)[number];

/** The relationship types that link two entities directly (every type but the collaboration roles). */
export const DIRECT_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (t) => !(COLLABORATION_ROLES as readonly string[]).includes(t),
);

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}
