import { MAX_MATCH_INPUTS } from '../matching/match.service.js';
import { RECONCILE_TYPES } from './types.js';

/** The service's name in a client's list of services. */
export const SERVICE_NAME = 'ilo-graph: the ILO knowledge graph';
/**
 * Stable URIs, whatever address the server answers on: ids are the graph's own (`agency:WHO`),
 * the same on every copy of the knowledge base, so two deployments are one identifier space.
 */
export const IDENTIFIER_SPACE = 'urn:ilo-graph:entity:';
export const SCHEMA_SPACE = 'urn:ilo-graph:kind:';

/** The preview card's size, in pixels (an OpenRefine preview frame). */
export const PREVIEW_SIZE = { width: 420, height: 280 } as const;

/** Where the explorer shows an entity; `{{id}}` is replaced by the id encoded as a URI component. */
export const VIEW_PATH = '/explore/entity/{{id}}';

/**
 * The service manifest (Reconciliation Service API 0.2, "Service Manifest"), as data: `base` is
 * the server's address as the client reaches it (PUBLIC_URL, or the request's own), so every URL
 * in it works from the client (OpenRefine calls suggest and preview from the browser).
 */
export function reconcileManifest(base: string) {
  const service = `${base}/reconcile`;
  return {
    versions: ['0.2'],
    name: SERVICE_NAME,
    identifierSpace: IDENTIFIER_SPACE,
    schemaSpace: SCHEMA_SPACE,
    defaultTypes: RECONCILE_TYPES.map((t) => ({ id: t.id, name: t.name })),
    view: { url: `${base}${VIEW_PATH}` },
    feature_view: { url: `${service}/features#{{id}}` },
    preview: { url: `${service}/preview?id={{id}}`, ...PREVIEW_SIZE },
    suggest: {
      entity: { service_url: service, service_path: '/suggest/entity' },
      type: { service_url: service, service_path: '/suggest/type' },
      property: { service_url: service, service_path: '/suggest/property' },
    },
    extend: {
      propose_properties: { service_url: service, service_path: '/extend/propose' },
      property_settings: [
        {
          name: 'limit',
          label: 'Limit',
          type: 'number',
          default: 0,
          help_text: 'Most values per cell (0: all of them)',
        },
      ],
    },
    batchSize: MAX_MATCH_INPUTS,
  };
}
