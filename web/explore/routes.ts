import type { CollaborationWhere, GapKind } from './generated/graphql.js';

/** The explorer's pages, as the URL names them (the server answers every /explore path with this app). */
export type Route =
  | { page: 'home' }
  | { page: 'entity'; id: string }
  | { page: 'collaborations'; where: CollaborationWhere }
  | { page: 'connections'; from?: string; to?: string; maxHops?: number }
  | { page: 'gaps'; kinds: GapKind[] }
  | { page: 'documents' }
  | { page: 'document'; id: string; passage?: string }
  | { page: 'not-found'; path: string };

export const BASE = '/explore';

/** The filters `collaborations(where:)` takes, in the order a page lists them. */
export const COLLABORATION_FILTERS = [
  'partner',
  'department',
  'programme',
  'sector',
  'topic',
  'country',
] as const;

const withQuery = (path: string, params: Record<string, string | number | undefined>) => {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
};

/** Links to each page. The entity page is `/explore/entity/<id>`, the id percent-encoded. */
export const paths = {
  home: () => BASE,
  entity: (id: string) => `${BASE}/entity/${encodeURIComponent(id)}`,
  collaborations: (where: CollaborationWhere = {}) =>
    withQuery(`${BASE}/collaborations`, where as Record<string, string | undefined>),
  connections: (from?: string, to?: string, maxHops?: number) =>
    withQuery(`${BASE}/connections`, { from, to, maxHops }),
  gaps: (kinds: readonly GapKind[] = []) => withQuery(`${BASE}/gaps`, { kind: kinds.join(',') }),
  documents: () => `${BASE}/documents`,
  document: (id: string, passage?: string) =>
    withQuery(`${BASE}/document/${encodeURIComponent(id)}`, { passage }),
};

/** The page a URL names. */
export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const rest = pathname.replace(/\/+$/, '').slice(BASE.length);
  const [, page = '', ...tail] = rest.split('/');
  const id = tail.length > 0 ? safeDecode(tail.join('/')) : undefined;
  switch (page) {
    case '':
      return { page: 'home' };
    case 'entity':
      return id ? { page: 'entity', id } : { page: 'not-found', path: pathname };
    case 'collaborations': {
      const where: CollaborationWhere = {};
      for (const key of COLLABORATION_FILTERS) {
        const value = params.get(key);
        if (value) where[key] = value;
      }
      return { page: 'collaborations', where };
    }
    case 'connections': {
      const hops = Number(params.get('maxHops'));
      return {
        page: 'connections',
        from: params.get('from') || undefined,
        to: params.get('to') || undefined,
        maxHops: Number.isInteger(hops) && hops > 0 ? hops : undefined,
      };
    }
    case 'gaps':
      return {
        page: 'gaps',
        kinds: (params.get('kind') ?? '').split(',').filter(Boolean) as GapKind[],
      };
    case 'documents':
      return { page: 'documents' };
    case 'document':
      return id
        ? { page: 'document', id, passage: params.get('passage') ?? undefined }
        : { page: 'not-found', path: pathname };
    default:
      return { page: 'not-found', path: pathname };
  }
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
