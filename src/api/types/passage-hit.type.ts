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
      'Relevance: higher is better, hits come best first. The scale depends on the store (Lucene on Neo4j, BM25 in process): compare scores within one answer only.',
  })
  score!: number;

  @Field(() => [PassageHighlight], {
    description: 'Up to three fragments around the matches, in reading order.',
  })
  highlights!: PassageHighlight[];
}
