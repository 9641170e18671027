import type { Loaders } from '../../loaders/create-loaders.js';
import type { GraphStore } from '../../store/port/graph-store.port.js';

/** Limits the API enforces on every request (from config). */
export interface ApiLimits {
  maxPageSize: number;
}

/** What every resolver gets: the store port, this request's loaders, and the limits. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  requestId: string;
}
