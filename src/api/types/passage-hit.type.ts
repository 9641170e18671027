import { Field, Float, Int, ObjectType } from 'type-graphql';

import { Passage } from './passage.type.js';

@ObjectType({
  description: 'Where a query matched in a fragment: offsets in UTF-16 code units, end exclusive.',
})
export class TextRange {
  @Field(() => Int, { description: 'First character of the match.' })
  start!: number;

  @Field(() => Int, { description: 'Just after the last character of the match.' })
  end!: number;
}

@ObjectType({
  description:
    'A fragment of a passage around what the query matched, with the matches marked by offsets (so a client highlights them its own way, no markup to escape).',
})
export class PassageHighlight {
  @Field(() => String, { description: 'The fragment, cut at word boundaries.' })
  text!: string;

  @Field(() => Int, { description: 'Where the fragment starts in the passage text (UTF-16 code units).' })
  start!: number;

  @Field(() => [TextRange], {
    description:
      'Where the query matched within `text`: a word, a prefix, or a phrase from its first word to its last (across a line break or hyphenation).',
  })
  matches!: TextRange[];
}

@ObjectType({ description: 'One passage found by `passages(query:)`.' })
export class PassageHit {
  @Field(() => Passage, { description: 'The passage: id, label, full text, document, citing facts.' })
  passage!: Passage;

  @Field(() => Float, {
    description:
      'Relevance, the same on every store: per word or phrase of the query, 1 where the passage has the word itself (0.8 where only a longer word it begins), a phrase as many as its words, times 1 + ln(occurrences); summed, divided by 1 + ln(1 + passage words / 50), and doubled when the words typed stand together in that order. Higher is better; hits come best first, ties by passage id.',
  })
  score!: number;

  @Field(() => [PassageHighlight], {
    description: 'Up to three fragments around the matches, in reading order.',
  })
  highlights!: PassageHighlight[];
}
