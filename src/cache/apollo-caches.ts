import type { DocumentStore, PersistedQueryOptions } from '@apollo/server';
import type { DocumentNode } from 'graphql';

import { BoundedCache } from './bounded-cache.js';

type StringCache = NonNullable<PersistedQueryOptions['cache']>;

const MiB = 1024 * 1024;

/**
 * Heap a parsed document holds per character of its source: its nodes, and the token list and
 * locations graphql-js keeps beside them. Measured: ~36 (a 3 kB operation parses to ~106 kB).
 */
const DOCUMENT_BYTES_PER_SOURCE_CHAR = 40;

/**
 * Apollo's automatic persisted queries (hash → query text): bounded by entries and bytes,
 * least recently used first out. Replaces Apollo's default cache (30 MB of text, no metric).
 */
export function persistedQueryCache(): StringCache {
  const cache = new BoundedCache<string, string>({
    name: 'persisted-queries',
    maxEntries: 4_096,
    maxBytes: 16 * MiB,
  });
  return {
    get: async (key) => cache.get(key),
    set: async (key, value) => void cache.set(key, value, 2 * value.length),
    delete: async (key) => cache.delete(key),
  };
}

/**
 * Apollo's store of parsed and validated documents (hash → document), which spares a repeated
 * query its parse and validation: bounded by entries and bytes. Apollo's default measured each
 * document by serialising it to JSON on every store (milliseconds for a large one).
 */
export function parsedDocumentCache(): DocumentStore {
  const cache = new BoundedCache<string, DocumentNode>({
    name: 'parsed-documents',
    maxEntries: 1_000,
    maxBytes: 32 * MiB,
  });
  return {
    get: async (key) => cache.get(key),
    set: async (key, document) =>
      void cache.set(key, document, DOCUMENT_BYTES_PER_SOURCE_CHAR * (document.loc?.source.body.length ?? 0)),
    delete: async (key) => cache.delete(key),
  };
}
