import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A citable piece of a document, with its full text. */
@ObjectType({
  description: 'A citable piece of a document (paragraph, footnote, section or table row), with its text.',
})
export class Passage {
  @Field(() => ID, { description: 'Passage id, e.g. `002#fn4`.' })
  id!: string;

  @Field(() => String, { description: 'The label readers use: `34`, `fn4`, `better-work-programme`.' })
  label!: string;

  @Field(() => Int, { description: 'Position in the document.' })
  ordinal!: number;

  @Field(() => String, { description: 'The passage text.' })
  text!: string;
}
