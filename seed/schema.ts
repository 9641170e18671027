import { z } from 'zod';
import { APPROXIMATIONS, CONFIDENCE_LEVELS } from '../src/domain/dataset.js';
import { ENTITY_KINDS } from '../src/domain/entity-kind.js';
import { RELATION_TYPES } from '../src/domain/relation-type.js';

/**
 * zod schemas for the hand-written YAML under seed/data (format: seed/README.md). Every object
 * is strict: a misspelt key is an error, not a silently ignored fact. Cross-reference checks
 * (ids exist, quotes are verbatim, roles point to the right kinds) live in validate.ts.
 */

const year = z.number().int().min(1800).max(2100);
const nullableText = z.string().min(1).nullable();

export const citationSchema = z
  .object({
    passage: z
      .string()
      .regex(/^[a-z0-9-]+#[A-Za-z0-9-]+$/u, 'passage id must look like 002#34 or 000#better-work-programme'),
    quote: z.string().min(3),
    /** Omitted for document quotes, which are `confirmed`. */
    confidence: z.enum(CONFIDENCE_LEVELS).optional(),
    /** On an entity or mention: the one field this quote supports (`year`), checked by validate.ts. */
    field: z.string().min(1).optional(),
  })
  .strict();

const sources = z.array(citationSchema).min(1, 'at least one source is required');

/** Kind-specific fields, all optional; validate.ts checks each is used on a kind it belongs to. */
export const kindFieldsSchema = z.object({
  cluster: nullableText.optional(),
  isicSections: z.array(z.string()).optional(),
  isicDivisions: z.array(z.string()).optional(),
  instrumentType: nullableText.optional(),
  code: nullableText.optional(),
  number: z.number().int().nullable().optional(),
  year: year.nullable().optional(),
  category: nullableText.optional(),
  status: nullableText.optional(),
  guidanceType: nullableText.optional(),
  unitType: nullableText.optional(),
  programmeType: nullableText.optional(),
  endYear: year.nullable().optional(),
  agencyType: nullableText.optional(),
  headquarters: nullableText.optional(),
  consultativeStatus: nullableText.optional(),
  fieldsOfInterest: z.array(z.string()).optional(),
  side: z.enum(['workers', 'employers']).nullable().optional(),
  isoAlpha2: nullableText.optional(),
  isoAlpha3: nullableText.optional(),
  region: nullableText.optional(),
  level: z.enum(['strategic', 'operational']).nullable().optional(),
  indicators: z.array(z.string()).optional(),
  meetingType: nullableText.optional(),
  symbol: nullableText.optional(),
  date: nullableText.optional(),
  documentKind: nullableText.optional(),
  issuingBody: nullableText.optional(),
  url: nullableText.optional(),
  since: year.nullable().optional(),
  until: year.nullable().optional(),
  role: nullableText.optional(),
  registerType: z.enum(['list', 'status', 'database']).nullable().optional(),
});

export const entitySchema = z
  .object({
    id: z.string().min(3),
    kind: z.enum(ENTITY_KINDS),
    name: z.string().min(1),
    acronym: nullableText.optional(),
    aliases: z.array(z.string().min(1)).optional(),
    description: nullableText.optional(),
    sources,
  })
  .merge(kindFieldsSchema)
  .strict();

/** A fact about an entity defined elsewhere: more evidence, optionally more aliases. */
export const mentionSchema = z
  .object({ id: z.string().min(3), aliases: z.array(z.string().min(1)).optional(), sources })
  .strict();

export const linkSchema = z
  .object({ from: z.string().min(3), type: z.enum(RELATION_TYPES), to: z.string().min(3), sources })
  .strict();

const ids = z.array(z.string().min(3)).default([]);

export const collaborationSchema = z
  .object({
    id: z.string().regex(/^collaboration:[a-z0-9-]+$/u, 'collaboration ids are collaboration:<slug>'),
    /** A short readable title; derived from the description when omitted. */
    name: z.string().min(1).optional(),
    description: nullableText.optional(),
    partners: ids,
    iloParties: ids,
    sectors: ids,
    topics: ids,
    countries: ids,
    objectives: ids,
    since: year.nullable().optional(),
    until: year.nullable().optional(),
    sources,
  })
  .strict();

/**
 * A statement: what a passage states about an entity in a count, a quantity, an amount, a date or a
 * condition. Exactly one value key among `count`, `quantity`, `amount`, `date`, `condition`.
 */
export const statementSchema = z
  .object({
    subject: z.string().min(3),
    property: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'property is a kebab-case key, e.g. students-educated'),
    label: z.string().min(1),
    count: z.number().int().nonnegative().optional(),
    quantity: z.number().optional(),
    amount: z.number().nonnegative().optional(),
    /** ISO 4217 code of an `amount`. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/u, 'currency is an ISO 4217 code, e.g. USD')
      .optional(),
    /** What a `count` or `quantity` counts or measures: "students", "votes in favour". */
    unit: z.string().min(1).optional(),
    /** A year (1999), or `YYYY-MM` or `YYYY-MM-DD` as a string. */
    date: z
      .union([year, z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u)])
      .optional(),
    /** A condition in words: what must hold (e.g. to be admitted to a list). */
    condition: z.string().min(3).optional(),
    /** How the stated number relates to the true one (default `exact`). */
    approximation: z.enum(APPROXIMATIONS).optional(),
    since: year.nullable().optional(),
    until: year.nullable().optional(),
    sources,
  })
  .strict()
  .superRefine((s, ctx) => {
    const values = (['count', 'quantity', 'amount', 'date', 'condition'] as const).filter(
      (k) => s[k] !== undefined,
    );
    const issue = (message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });
    if (values.length !== 1)
      issue(`give exactly one value among count, quantity, amount, date, condition (got ${values.length})`);
    const numeric = s.count !== undefined || s.quantity !== undefined || s.amount !== undefined;
    if ((s.count !== undefined || s.quantity !== undefined) && !s.unit)
      issue('a count or quantity needs its unit (what it counts)');
    if (s.amount !== undefined && !s.currency) issue('an amount needs its currency');
    if (s.amount === undefined && s.currency) issue('currency goes with an amount only');
    if (!numeric && s.approximation) issue('approximation goes with a count, quantity or amount only');
    if (!(s.count !== undefined || s.quantity !== undefined) && s.unit)
      issue('unit goes with a count or quantity only');
    if (s.since != null && s.until != null && s.until < s.since) issue('until is before since');
  });

export const seedFileSchema = z
  .object({
    /** Code of the document every quote of this file cites; omitted in cross-document files. */
    document: z
      .string()
      .regex(/^\d{3}$/u)
      .optional(),
    entities: z.array(entitySchema).default([]),
    mentions: z.array(mentionSchema).default([]),
    links: z.array(linkSchema).default([]),
    collaborations: z.array(collaborationSchema).default([]),
    statements: z.array(statementSchema).default([]),
  })
  .strict();

export type CitationInput = z.infer<typeof citationSchema>;
export type EntityInput = z.infer<typeof entitySchema>;
export type MentionInput = z.infer<typeof mentionSchema>;
export type LinkInput = z.infer<typeof linkSchema>;
export type CollaborationInput = z.infer<typeof collaborationSchema>;
export type StatementInput = z.infer<typeof statementSchema>;
export type SeedFile = z.infer<typeof seedFileSchema>;
