import { defineSearchContract } from './define-search-contract.js';
import { defineStoreContract } from './define-store-contract.js';
import { kuzuTestStore } from '../../helpers/kuzu-test-store.js';

defineStoreContract('Kuzu (embedded, in memory)', () => kuzuTestStore());
defineSearchContract('Kuzu (embedded, in-process index)', () => kuzuTestStore());
