import type { Confidence } from '../generated/graphql.js';

const WORDS: Record<Confidence, string> = {
  CONFIRMED: 'Confirmed by the source',
  UNCONFIRMED: 'Unconfirmed: general knowledge, no source seen',
  EDITORIAL: 'Editorial: the project’s own mapping',
  SOURCE_DATED: 'Source dated: may no longer hold',
  NONE: 'No source',
};

/** How sure the source is of a fact, in words: an unconfirmed fact always says so. */
export function ConfidenceTag({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`confidence confidence-${confidence.toLowerCase()}`} title={WORDS[confidence]}>
      {confidence === 'CONFIRMED' ? 'Confirmed' : WORDS[confidence]}
    </span>
  );
}
