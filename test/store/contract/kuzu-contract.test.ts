import { defineStoreContract } from './define-store-contract.js';
import { kuzuTestStore } from '../../helpers/kuzu-test-store.js';

defineStoreContract('Kuzu (embedded, in memory)', () => kuzuTestStore());
