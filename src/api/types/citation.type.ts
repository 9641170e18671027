import { Field, ObjectType } from 'type-graphql';

import { ConfidenceEnum } from '../shared/enums.js';

/** The evidence behind one fact: a passage of a document and a quote found verbatim in it. */
@ObjectType({
  description: 'The evidence behind a fact: a passage of a source document and a quote found verbatim there.',
})
export class Citation {
  @Field(() => String, {
    description:
      'Passage id: `<document code>#<paragraph | fn<footnote> | section>`, e.g. `002#fn4`, `000#better-work-programme`.',
  })
  passage!: string;

  @Field(() => String, { description: 'Text found verbatim in the passage (whitespace folded).' })
  quote!: string;

  @Field(() => ConfidenceEnum, {
    description:
      'How sure the source is: document quotes are CONFIRMED; reference rows may be UNCONFIRMED, EDITORIAL or SOURCE_DATED.',
  })
  confidence!: ConfidenceEnum;

  @Field(() => String, {
    nullable: true,
    description:
      'The one field of the entity this citation supports (`year`, `status`, `role`...), or null when it supports the entity as a whole (that it exists and is named so) or a relationship or statement. With `document`, it tells a year read from a reference table from a year a document states: see `Entity.sourcesOf(field:)`.',
  })
  field?: string | null;
}
