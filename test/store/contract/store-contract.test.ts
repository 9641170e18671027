import { defineMatchCandidatesContract } from './define-match-candidates-contract.js';
import { definePassageSearchContract } from './define-passage-search-contract.js';
import { defineSearchContract } from './define-search-contract.js';
import { defineStoreContract } from './define-store-contract.js';
import { createTestStore, neo4jTestUri, STORE_UNDER_TEST } from '../../helpers/test-store.js';

const name = STORE_UNDER_TEST === 'neo4j' ? `Neo4j at ${neo4jTestUri()}` : 'Kuzu (embedded, in memory)';
const search =
  STORE_UNDER_TEST === 'neo4j'
    ? `Neo4j full-text index at ${neo4jTestUri()}`
    : 'Kuzu (embedded, in-process index)';

defineStoreContract(name, () => createTestStore());
// Runs after the store contract (on Neo4j, on the same database): it replaces the graph with the seed's.
defineSearchContract(search, () => createTestStore());
defineMatchCandidatesContract(name, () => createTestStore());
definePassageSearchContract(search.replace('search', 'passage search'), () => createTestStore());
