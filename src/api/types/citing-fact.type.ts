import { Field, ObjectType } from 'type-graphql';

import { ConfidenceEnum } from '../shared/enums.js';

/**
 * A fact that cites a passage, read from the passage's side: what a document reader shows under
 * each paragraph. Subject and object are resolved by id (resolvers/passage.resolver.ts).
 */
@ObjectType({
  description:
    'A fact citing a passage: about an entity or collaboration itself (its existence, names, fields: `relation` and `statement` null, `field` naming the one value it supports if any), a relationship from `subject` to `object` (`relation` set), or a statement about `subject` (`statement` set).',
})
export class CitingFact {
  /** Not a GraphQL field: the id `subject` resolves. */
  subjectId!: string;
  /** Not a GraphQL field: the id `object` resolves, null for a fact about the subject itself. */
  objectId!: string | null;
  /** Not a GraphQL field: the id `statement` resolves, null unless the fact is a statement. */
  statementId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a fact about the subject itself: the one field the quote supports (e.g. `year`), or null when it supports the subject as a whole.',
  })
  field!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The relationship type (e.g. `HAS_PARTNER`), or null for a fact about the subject itself.',
  })
  relation!: string | null;

  @Field(() => String, {
    description: 'The text of the passage that supports the fact, found verbatim there.',
  })
  quote!: string;

  @Field(() => ConfidenceEnum, { description: 'How sure the source is of the fact.' })
  confidence!: ConfidenceEnum;
}
