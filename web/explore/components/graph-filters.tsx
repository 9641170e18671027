import { kindStyle } from '../graph/kind-style.js';
import { relationVerb } from '../text/relations.js';

/** Toggles a value in a set, as a new set (React state). */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/**
 * What the graph (and the list of links) shows: one checkbox per kind present, with its colour
 * and shape as the legend, and one per relationship type present.
 */
export function GraphFilters({
  kinds,
  relations,
  hiddenKinds,
  hiddenRelations,
  onToggleKind,
  onToggleRelation,
}: {
  kinds: readonly string[];
  relations: readonly string[];
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  onToggleKind: (kind: string) => void;
  onToggleRelation: (relation: string) => void;
}) {
  return (
    <div className="graph-filters">
      <fieldset>
        <legend>Kinds (legend)</legend>
        {kinds.map((kind) => {
          const style = kindStyle(kind);
          return (
            <label key={kind}>
              <input type="checkbox" checked={!hiddenKinds.has(kind)} onChange={() => onToggleKind(kind)} />
              <span className="swatch" style={{ background: style.colour }} aria-hidden="true" />
              {style.plural} <span className="shape-name">({style.shape.replace(/-/g, ' ')})</span>
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>Relationships</legend>
        {relations.map((relation) => (
          <label key={relation}>
            <input
              type="checkbox"
              checked={!hiddenRelations.has(relation)}
              onChange={() => onToggleRelation(relation)}
            />
            {relationVerb(relation)} <code>{relation}</code>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
