import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';

import type { StatementValue as StatementValueModel } from '../../domain/dataset.js';
import { ApproximationEnum, ConfidenceEnum, StatementValueTypeEnum } from '../shared/enums.js';
import { Citation } from './citation.type.js';

/**
 * What a passage states about an entity beyond its names and links, as a typed value: a count, a
 * quantity, an amount of money, a date, or a condition in words. Each value type is an object
 * type of its own (select its fields with `... on CountValue { count unit }`), and every one
 * reads as words through `text`, for a table or a spreadsheet cell.
 */
@InterfaceType('StatementValue', {
  description:
    'The value of a statement. Its concrete type says what it is: CountValue, QuantityValue, AmountValue, DateValue or ConditionValue; `text` reads it as words ("about 160 NGOs", "more than 2,000,000 USD", "1999-03").',
  resolveType: (value: StatementValueModel) => VALUE_TYPE_NAMES[value.type],
})
export abstract class StatementValue {
  @Field(() => String, {
    description:
      'The value as words, from its typed fields: "about 160 NGOs", "more than 2,000,000 USD", "1999-03".',
  })
  text!: string;
}

@ObjectType({
  implements: StatementValue,
  description: 'A number of things: 10,572 students, about 160 NGOs.',
})
export class CountValue extends StatementValue {
  @Field(() => Float, {
    description: 'How many (a whole number; Float because counts such as "a billion workers" exceed Int).',
  })
  count!: number;

  @Field(() => String, { description: 'What is counted, plural: "students", "votes in favour".' })
  unit!: string;

  @Field(() => ApproximationEnum, {
    description: 'How the number relates to the true one ("about", "more than").',
  })
  approximation!: ApproximationEnum;
}

@ObjectType({ implements: StatementValue, description: 'A measured quantity with its unit.' })
export class QuantityValue extends StatementValue {
  @Field(() => Float, { description: 'The number.' })
  quantity!: number;

  @Field(() => String, { description: 'Its unit, e.g. "per cent", "hours per week".' })
  unit!: string;

  @Field(() => ApproximationEnum, { description: 'How the number relates to the true one.' })
  approximation!: ApproximationEnum;
}

@ObjectType({ implements: StatementValue, description: 'An amount of money: over $2 million.' })
export class AmountValue extends StatementValue {
  @Field(() => Float, { description: 'The amount, in units of `currency` (2000000 for "$2 million").' })
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 currency code, e.g. `USD`.' })
  currency!: string;

  @Field(() => ApproximationEnum, {
    description: 'How the amount relates to the true one ("over", "at least").',
  })
  approximation!: ApproximationEnum;
}

@ObjectType({
  implements: StatementValue,
  description: 'A date, a month or a year, as precise as the source.',
})
export class DateValue extends StatementValue {
  @Field(() => String, {
    description: 'ISO 8601 at the precision stated: `1999`, `1999-03` or `2008-06-10`.',
  })
  date!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1-12), when the source gives it.' })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: 'The day of the month, when the source gives it.' })
  day!: number | null;
}

@ObjectType({
  implements: StatementValue,
  description:
    'A condition in words: what must hold (e.g. for an NGO to be admitted to a list), or the state of things the source describes (e.g. the social partners of a sector "not as well organized").',
})
export class ConditionValue extends StatementValue {
  @Field(() => String, {
    description: 'The condition, in the words of the knowledge base (the quote is in `sources`).',
  })
  condition!: string;
}

/** GraphQL type name of each value type, for resolveType. */
const VALUE_TYPE_NAMES: Record<StatementValueModel['type'], string> = {
  count: 'CountValue',
  quantity: 'QuantityValue',
  amount: 'AmountValue',
  date: 'DateValue',
  condition: 'ConditionValue',
};

export const STATEMENT_VALUE_TYPES = [
  CountValue,
  QuantityValue,
  AmountValue,
  DateValue,
  ConditionValue,
] as const;

/** A typed, cited statement about an entity or collaboration. The subject is resolved by id. */
@ObjectType({
  description:
    'What a passage states about an entity in numbers, amounts, dates or conditions: a typed value with its citations, dated where the source dates it (`since`, `until`).',
})
export class Statement {
  @Field(() => ID, {
    description: 'Stable id: `<subject id>/<property>`, plus `@<since>` when a period tells two apart.',
  })
  id!: string;

  @Field(() => String, {
    description:
      'What is stated, as a stable kebab-case key: `staff`, `students-educated`, `votes-in-favour`, `admission`. The same property on several entities compares like with like.',
  })
  property!: string;

  @Field(() => String, { description: 'The property in words: "students educated".' })
  label!: string;

  @Field(() => StatementValueTypeEnum, { description: 'The type of `value` (filterable without fragments).' })
  valueType!: StatementValueTypeEnum;

  @Field(() => StatementValue, { description: 'The value, typed.' })
  value!: StatementValueModel;

  @Field(() => Int, { nullable: true, description: 'First year the value held, where the source says.' })
  since!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year the value held, where the source says.' })
  until!: number | null;

  @Field(() => [Citation], { description: 'The passages that state it, each with its verbatim quote.' })
  sources!: Citation[];

  @Field(() => ConfidenceEnum, { description: 'The weakest confidence among its sources.' })
  confidence!: ConfidenceEnum;
}
