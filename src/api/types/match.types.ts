import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import {
  MATCH_FEATURES,
  MATCH_MARGIN,
  MATCH_THRESHOLD,
  type MatchFeatureId,
} from '../../matching/features.js';
import { HINT_FIELDS } from '../../matching/hint-fields.js';
import { EntityKindEnum } from '../shared/enums.js';
import { Entity } from './entity.interface.js';

/** GraphQL's MatchFeature: the ids of MATCH_FEATURES, described from the table itself. */
export const MatchFeatureEnum = Object.fromEntries(
  MATCH_FEATURES.map((f) => [f.id.toUpperCase(), f.id]),
) as Record<Uppercase<MatchFeatureId>, MatchFeatureId>;
registerEnumType(MatchFeatureEnum, {
  name: 'MatchFeature',
  description: 'What a match score is made of (README "Link your own list").',
  valuesConfig: Object.fromEntries(
    MATCH_FEATURES.map((f) => [
      f.id.toUpperCase(),
      {
        description: `${f.description} ${f.role === 'name' ? `Weight ${f.weight}.` : `+${f.weight} per agreement, -${f.penalty} per disagreement.`}`,
      },
    ]),
  ),
});

@InputType({ description: 'A field to compare, e.g. `{ field: "instrumentType", value: "Convention" }`.' })
export class MatchFieldInput {
  @Field(() => String, { description: `One of: ${HINT_FIELDS.join(', ')}.` })
  field!: string;

  @Field(() => String, {
    description: 'Its value as your list has it (case, accents and punctuation folded).',
  })
  value!: string;
}

@InputType({ description: 'One name to match, as your list writes it, and what else you know about it.' })
export class MatchInput {
  @Field(() => String, {
    description:
      'The name as written: `Intl Labour Org.`, `OMS`, `F.A.O.`, `Convention No. 138`, `Organisation des Nations Unies pour l’éducation, la science et la culture`, an id such as `agency:WHO`.',
  })
  name!: string;

  @Field(() => EntityKindEnum, {
    nullable: true,
    description:
      'The kind you expect: a candidate of another kind scores lower (KIND_AGREEMENT) but stays listed.',
  })
  kind?: EntityKindEnum;

  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only candidates of these kinds.' })
  kinds?: EntityKindEnum[];

  @Field(() => String, { nullable: true, description: 'Its acronym, if your list has one (HINT_AGREEMENT).' })
  acronym?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A country it is in or works in: a name in English, French or Spanish, an ISO code (`CH`, `CHE`) or an id (`country:CH`); or a headquarters city (HINT_AGREEMENT).',
  })
  country?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'A year: of adoption (instruments), of a meeting, of a programme’s start (HINT_AGREEMENT).',
  })
  year?: number;

  @Field(() => [MatchFieldInput], {
    nullable: true,
    description: 'Other fields to compare (HINT_AGREEMENT).',
  })
  fields?: MatchFieldInput[];
}

@ObjectType({ description: 'One feature of a candidate: its value, what it added to the score, and why.' })
export class MatchFeatureScore {
  @Field(() => MatchFeatureEnum, { description: 'Which feature.' })
  feature!: MatchFeatureId;

  @Field(() => Float, {
    description:
      'For a name feature, 1 when it holds outright, less for a weaker form, 0 when it does not hold; for KIND_AGREEMENT +1 or -1; for HINT_AGREEMENT hints agreeing minus hints disagreeing.',
  })
  value!: number;

  @Field(() => Float, { description: 'The weight of the feature (MatchFeature describes each).' })
  weight!: number;

  @Field(() => Float, {
    description:
      'What it added to the score (negative: took away). Only the strongest name feature counts; the others show 0.',
  })
  contribution!: number;

  @Field(() => String, {
    description: 'What held, in words: `French acronym "OMS"`, `0.97 with name "World Health Organization"`.',
  })
  detail!: string;
}

@ObjectType({ description: 'A candidate entity for one name, with its score and how it was made.' })
export class MatchCandidate {
  @Field(() => Entity, { description: 'The candidate.' })
  entity!: Entity;

  @Field(() => Float, { description: 'How surely the name is this entity, from 0 to 1.' })
  score!: number;

  @Field(() => Boolean, {
    description: `This candidate is the one: its score is at least ${MATCH_THRESHOLD}, at least ${MATCH_MARGIN} ahead of the next, and no year you gave, which it has none of, is another candidate's. Only the first candidate can be.`,
  })
  match!: boolean;

  @Field(() => [MatchFeatureScore], { description: 'Every feature, in the order of the MatchFeature enum.' })
  features!: MatchFeatureScore[];
}

@ObjectType({ description: 'The candidates for one name, best first.' })
export class MatchResult {
  @Field(() => String, { description: 'The name as it was given.' })
  name!: string;

  @Field(() => [MatchCandidate], { description: 'Best first (ties by id); empty when nothing comes close.' })
  candidates!: MatchCandidate[];

  @Field(() => MatchCandidate, {
    nullable: true,
    description: 'The candidate with `match: true`, or null when no candidate is clearly the one.',
  })
  matched!: MatchCandidate | null;
}
