import { kindStyle } from '../graph/kind-style.js';

/** The kind of an entity, in words, with the colour the graph uses for it. */
export function KindBadge({ kind }: { kind: string }) {
  const style = kindStyle(kind);
  return (
    <span className="kind-badge">
      <span className="swatch" style={{ background: style.colour }} aria-hidden="true" />
      {style.label}
    </span>
  );
}
