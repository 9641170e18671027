import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What a GraphQL document would cost graphql-js to validate, measured on the parsed document in
 * one pass (each selection set and fragment once), before validation runs.
 *
 * Why: validation is not linear in the document. Its overlapping-fields rule compares every pair
 * of fields sharing a response name in one selection (the fields of fragments spread into it
 * included), and for each such pair with sub-selections every pair below: 30,000 repetitions of
 * `id` (90 kB) kept the event loop busy for ~20 s, and 50 fragments each selecting
 * `instruments { id ×20 }` (5 kB) for ~1 s. The limits built on this shape refuse them first.
 */
export interface DocumentShape {
  /** The most fields one selection set selects, counting those of the fragments spread into it. */
  selectionFields: number;
  /** The most fragment spreads one selection set holds (inline fragments looked into). */
  selectionSpreads: number;
  /**
   * An upper bound of the field comparisons the overlapping-fields rule makes: in each selection
   * set, each pair of fields with one response name, weighted by the fields below each of them
   * (comparing two fields compares their sub-selections pair by pair). Distinct names and
   * aliases cost nothing here: only repetition does.
   */
  overlappingFieldPairs: number;
}

export interface ShapeLimits {
  selectionFields: number;
  selectionSpreads: number;
}

/** Thrown inside the walk when a selection set is over a limit: measuring further is wasted work. */
class OverLimit {
  constructor(readonly shape: DocumentShape) {}
}

/** One response name in one selection set: how many fields carry it, and their weights. */
interface NameGroup {
  count: number;
  /** Sum of the fields' weights (a field and what it selects below, fragments expanded). */
  weight: number;
  /** Sum of the squared weights, to count weighted pairs without listing them. */
  squares: number;
}

type Groups = Map<string, NameGroup>;

/**
 * Weights and counts saturate here: fragments spreading fragments can describe an exponential
 * number of fields, and any value this large is far over every limit.
 */
const SATURATED = 1e15;
const clamp = (n: number) => Math.min(n, SATURATED);

/**
 * Measures a parsed document (see DocumentShape). Stops at the first selection set over one of
 * `limits`, reporting that set's own count. Fragment cycles are cut (validation refuses them).
 */
export function documentShape(document: DocumentNode, limits: ShapeLimits): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const shape: DocumentShape = { selectionFields: 0, selectionSpreads: 0, overlappingFieldPairs: 0 };
  const measured = new Map<SelectionSetNode, Groups>();
  const expanding = new Set<string>();

  const fragmentGroups = (name: string): Groups => {
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(name)) return new Map();
    expanding.add(name);
    try {
      return measure(fragment.selectionSet);
    } finally {
      expanding.delete(name);
    }
  };

  /** The selection set's fields by response name: its own, its inline fragments', its spread fragments'. */
  const measure = (set: SelectionSetNode): Groups => {
    const known = measured.get(set);
    if (known) return known;
    const groups: Groups = new Map();
    const add = (name: string, count: number, weight: number, squares: number) => {
      const group = groups.get(name);
      if (group) {
        group.count = clamp(group.count + count);
        group.weight = clamp(group.weight + weight);
        group.squares = clamp(group.squares + squares);
      } else groups.set(name, { count, weight, squares });
    };
    // A fragment spread several times in one selection is merged once, as graphql-js does both
    // when validating and when executing; every spread still counts towards the spread limit.
    const spread = new Set<string>();
    let spreads = 0;
    const collect = (selections: SelectionSetNode): void => {
      for (const s of selections.selections) {
        if (s.kind === Kind.FIELD) {
          const weight = clamp(1 + (s.selectionSet ? totalWeight(measure(s.selectionSet)) : 0));
          add(s.alias?.value ?? s.name.value, 1, weight, clamp(weight * weight));
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          collect(s.selectionSet);
        } else {
          spreads++;
          spread.add(s.name.value);
        }
      }
    };
    collect(set);
    if (spreads > limits.selectionSpreads) {
      throw new OverLimit({ ...shape, selectionSpreads: spreads });
    }
    for (const fragment of spread) {
      for (const [name, g] of fragmentGroups(fragment)) add(name, g.count, g.weight, g.squares);
    }

    let fields = 0;
    for (const g of groups.values()) {
      fields = clamp(fields + g.count);
      // Σ over pairs i<j of wᵢ·wⱼ = ((Σw)² − Σw²) / 2
      shape.overlappingFieldPairs = clamp(
        shape.overlappingFieldPairs + Math.max(0, (clamp(g.weight * g.weight) - g.squares) / 2),
      );
    }
    if (fields > limits.selectionFields) throw new OverLimit({ ...shape, selectionFields: fields });
    shape.selectionFields = Math.max(shape.selectionFields, fields);
    shape.selectionSpreads = Math.max(shape.selectionSpreads, spreads);
    measured.set(set, groups);
    return groups;
  };

  try {
    for (const d of document.definitions) {
      if (d.kind === Kind.OPERATION_DEFINITION) measure(d.selectionSet);
      else if (d.kind === Kind.FRAGMENT_DEFINITION) fragmentGroups(d.name.value);
    }
  } catch (error) {
    if (error instanceof OverLimit) return error.shape;
    throw error;
  }
  return shape;
}

function totalWeight(groups: Groups): number {
  let total = 0;
  for (const g of groups.values()) total = clamp(total + g.weight);
  return total;
}
