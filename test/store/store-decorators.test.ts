import { describe, expect, it } from 'vitest';

import { InstrumentedStore } from '../../src/store/instrumented-store.js';
import { ENTITY_KINDS } from '../../src/domain/entity-kind.js';
import { StoreError } from '../../src/store/port/store-error.js';
import { ResilientStore } from '../../src/store/resilient-store.js';
import { StartupGate } from '../../src/store/startup-gate.js';
import { GuardedStore, StoreDecorator } from '../../src/store/store-decorator.js';
import { kuzuTestStore } from '../helpers/test-store.js';

/**
 * Methods of the port that reach the store (not lifecycle: onCommit, close, reopen, openChecked,
 * which start-up calls before the gate opens, and capabilities).
 */
const REACHING = Object.getOwnPropertyNames(StoreDecorator.prototype).filter(
  (name) => !['constructor', 'onCommit', 'close', 'reopen', 'openChecked', 'capabilities'].includes(name),
);

describe('store decorators', () => {
  it('know every call that reaches the store: none passes one by through the forwarding base', () => {
    expect(REACHING).toEqual(
      expect.arrayContaining(['read', 'write', 'search', 'matchCandidates', 'health']),
    );
    // The gate must hold each back while the graph is prepared and the breaker guard each: both
    // are GuardedStores, which guard every call but health (each decides that one itself);
    // metrics must count each (health is measured by /ready, not counted as a query).
    expect(Object.getPrototypeOf(StartupGate)).toBe(GuardedStore);
    expect(Object.getPrototypeOf(ResilientStore)).toBe(GuardedStore);
    for (const [decorator, exempt] of [
      [GuardedStore, []],
      [StartupGate, []],
      [ResilientStore, []],
      [InstrumentedStore, ['applySchema', 'health']],
    ] as const) {
      // Calls a GuardedStore subclass inherits from GuardedStore are guarded; StoreDecorator's only forward.
      const inherited =
        Object.getPrototypeOf(decorator) === GuardedStore
          ? Object.getOwnPropertyNames(GuardedStore.prototype)
          : [];
      const handled = new Set([...Object.getOwnPropertyNames(decorator.prototype), ...inherited]);
      const guarded = decorator === GuardedStore ? REACHING.filter((m) => m !== 'health') : REACHING;
      const missing = guarded.filter((m) => !handled.has(m) && !(exempt as readonly string[]).includes(m));
      expect(missing, decorator.name).toEqual([]);
    }
  });

  it('the start-up gate refuses a batch of match candidates until it opens', async () => {
    const store = kuzuTestStore();
    const gate = new StartupGate(store);
    try {
      await store.applySchema();
      const query = { words: ['health'], ids: [], kinds: ENTITY_KINDS };
      await expect(gate.matchCandidates([query], { limit: 5 })).rejects.toBeInstanceOf(StoreError);
      gate.open();
      expect(await gate.matchCandidates([query], { limit: 5 })).toEqual([[]]);
    } finally {
      await store.close();
    }
  });
});
