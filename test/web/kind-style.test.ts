import { describe, expect, it } from 'vitest';

import { ENTITY_KINDS } from '../../src/domain/entity-kind.js';
import { kindOfTypeName, KIND_STYLES } from '../../web/explore/graph/kind-style.js';

describe('the explorer draws every kind of the graph its own way', () => {
  // The graph's kinds as the API names them (PartnerAgency → PARTNER_AGENCY), and collaborations.
  const kinds = [...ENTITY_KINDS.map(kindOfTypeName), 'COLLABORATION'];

  it('has a label, a colour and a shape for every kind, none falling back to the neutral style', () => {
    expect(kinds.filter((kind) => !(kind in KIND_STYLES))).toEqual([]);
  });

  it('never gives two kinds the same colour or the same shape (shape is the cue colour-blind readers have)', () => {
    const styles = Object.values(KIND_STYLES);
    expect(new Set(styles.map((s) => s.colour)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
  });
});
