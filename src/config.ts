import { z } from 'zod';

/**
 * The one place environment variables are read. Everything is validated at start-up: a bad
 * value stops the server with a message naming the variable, never a surprise later.
 */
const intFrom = (name: string, fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      // Decimal digits only: Number() would also take 0x10, 1e3 or 0b1 for a port or a size.
      const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name} must be a whole number from ${min} to ${max}, got "${v}"`,
        });
        return z.NEVER;
      }
      return n;
    });

const boolFrom = (name: string, fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: 'custom', message: `${name} must be true or false, got "${v}"` });
      return z.NEVER;
    });

const MiB = 1024 * 1024;

/** `https://host[:port]` exactly as a browser sends it in `Origin`: no path, query or trailing slash. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

/** `https://host[:port][/path]`: a base other URLs are built on. */
function isBaseUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
  } catch {
    return false;
  }
}

/** A comma-separated list of browser origins, or `*`; undefined when the variable is unset. */
const originsFrom = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return undefined;
      const origins = v
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== '');
      for (const o of origins) {
        if (o !== '*' && !isOrigin(o)) {
          ctx.addIssue({
            code: 'custom',
            message: `${name} must be * or comma-separated origins such as https://partner.example.org (scheme, host, optional port; no path), got "${o}"`,
          });
          return z.NEVER;
        }
      }
      return origins;
    });

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: intFrom('PORT', 4000, 0, 65535),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    DATA_DIR: z.string().default('./data'),
    KUZU_BUFFER_POOL_MB: intFrom('KUZU_BUFFER_POOL_MB', 256, 16, 65536),
    KUZU_MAX_DB_MB: intFrom('KUZU_MAX_DB_MB', 16384, 64, 8 * 1024 * 1024),
    KUZU_READ_CONNECTIONS: intFrom('KUZU_READ_CONNECTIONS', 3, 1, 32),

    NEO4J_URI: z
      .string()
      .optional()
      .refine(
        (v) =>
          v === undefined || v === '' || /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\//.test(v),
        {
          message: 'NEO4J_URI must start with neo4j://, neo4j+s://, bolt:// or bolt+s://',
        },
      ),
    NEO4J_USERNAME: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().optional(),
    NEO4J_DATABASE: z.string().optional(),
    NEO4J_MAX_POOL_SIZE: intFrom('NEO4J_MAX_POOL_SIZE', 50, 1, 1000),
    NEO4J_ACQUISITION_TIMEOUT_MS: intFrom('NEO4J_ACQUISITION_TIMEOUT_MS', 10_000, 100, 600_000),

    STORE_QUERY_TIMEOUT_MS: intFrom('STORE_QUERY_TIMEOUT_MS', 5_000, 0, 600_000),
    STORE_WRITE_TIMEOUT_MS: intFrom('STORE_WRITE_TIMEOUT_MS', 120_000, 0, 3_600_000),
    SEED_ON_START: boolFrom('SEED_ON_START', true),

    // At least the largest default page (Entity.neighbours' 50), so that no argument-free query is refused.
    MAX_PAGE_SIZE: intFrom('MAX_PAGE_SIZE', 100, 50, 10_000),
    MAX_QUERY_DEPTH: intFrom('MAX_QUERY_DEPTH', 10, 2, 100),
    MAX_QUERY_COMPLEXITY: intFrom('MAX_QUERY_COMPLEXITY', 20_000, 10, 1_000_000),
    MAX_ROOT_FIELDS: intFrom('MAX_ROOT_FIELDS', 50, 1, 1_000),
    MAX_BODY_BYTES: intFrom('MAX_BODY_BYTES', 100_000, 1_000, 50_000_000),
    MAX_QUERY_TOKENS: intFrom('MAX_QUERY_TOKENS', 3_000, 100, 1_000_000),
    MAX_SELECTION_FIELDS: intFrom('MAX_SELECTION_FIELDS', 200, 10, 100_000),
    MAX_SELECTION_SPREADS: intFrom('MAX_SELECTION_SPREADS', 50, 1, 100_000),
    MAX_OVERLAPPING_FIELD_PAIRS: intFrom('MAX_OVERLAPPING_FIELD_PAIRS', 5_000, 0, 100_000_000),
    MAX_IN_FLIGHT: intFrom('MAX_IN_FLIGHT', 8, 1, 10_000),
    MAX_QUEUED: intFrom('MAX_QUEUED', 256, 0, 100_000),
    MAX_QUEUE_WAIT_MS: intFrom('MAX_QUEUE_WAIT_MS', 10_000, 0, 600_000),
    MAX_IN_FLIGHT_PER_CONNECTION: intFrom('MAX_IN_FLIGHT_PER_CONNECTION', 8, 1, 10_000),
    MAX_UNREAD_MB_PER_CONNECTION: intFrom('MAX_UNREAD_MB_PER_CONNECTION', 4, 1, 65_536),
    MAX_UNREAD_MB: intFrom('MAX_UNREAD_MB', 64, 1, 65_536),
    HTTP_REQUEST_TIMEOUT_MS: intFrom('HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
    HTTP_HEADERS_TIMEOUT_MS: intFrom('HTTP_HEADERS_TIMEOUT_MS', 20_000, 100, 600_000),
    INTROSPECTION: boolFrom('INTROSPECTION', true),
    EXPLORER: boolFrom('EXPLORER', true),
    WEB_PAGES: boolFrom('WEB_PAGES', true),
    LANDING_PAGE: boolFrom('LANDING_PAGE', false),
    READ_CACHE: boolFrom('READ_CACHE', true),
    READ_CACHE_MB: intFrom('READ_CACHE_MB', 32, 1, 65_536),
    CORS_ORIGINS: originsFrom('CORS_ORIGINS'),
    RECONCILE_CORS_ORIGINS: originsFrom('RECONCILE_CORS_ORIGINS'),
    PUBLIC_URL: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined || v.trim() === '') return undefined;
        const url = v.trim().replace(/\/+$/u, '');
        if (!isBaseUrl(url)) {
          ctx.addIssue({
            code: 'custom',
            message: `PUBLIC_URL must be the server's address as clients reach it, such as https://ilo-graph.example.org or http://localhost:4000/api (http or https, no query), got "${v}"`,
          });
          return z.NEVER;
        }
        return url;
      }),
    METRICS_MAX_OPERATIONS: intFrom('METRICS_MAX_OPERATIONS', 100, 1, 10_000),
    METRICS: boolFrom('METRICS', true),
    METRICS_PORT: intFrom('METRICS_PORT', 0, 1, 65535),
    METRICS_HOST: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTP_HEADERS_TIMEOUT_MS'],
        message: `HTTP_HEADERS_TIMEOUT_MS (${env.HTTP_HEADERS_TIMEOUT_MS}) must not exceed HTTP_REQUEST_TIMEOUT_MS (${env.HTTP_REQUEST_TIMEOUT_MS})`,
      });
    }
    if (env.METRICS_PORT !== 0 && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({
        code: 'custom',
        path: ['METRICS_PORT'],
        message: `METRICS_PORT (${env.METRICS_PORT}) must differ from PORT: leave it unset to serve /metrics on PORT`,
      });
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_PASSWORD'],
        message: 'NEO4J_PASSWORD is required when NEO4J_URI is set',
      });
    }
  });

export type StoreConfig =
  | {
      kind: 'kuzu';
      path: string;
      bufferPoolBytes: number;
      maxDatabaseBytes: number;
      readConnections: number;
      queryTimeoutMs: number;
      writeTimeoutMs?: number;
    }
  | {
      kind: 'neo4j';
      uri: string;
      username: string;
      password: string;
      database?: string;
      maxConnectionPoolSize: number;
      connectionAcquisitionTimeoutMs: number;
      queryTimeoutMs: number;
      writeTimeoutMs?: number;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  store: StoreConfig;
  seedOnStart: boolean;
  limits: {
    maxPageSize: number;
    maxDepth: number;
    maxComplexity: number;
    maxRootFields: number;
    maxBodyBytes: number;
    /** Refused before validation (src/server/document-limits.ts). */
    maxTokens: number;
    maxSelectionFields: number;
    maxSelectionSpreads: number;
    maxOverlappingFieldPairs: number;
  };
  /** Back-pressure (src/server/back-pressure.ts). */
  backPressure: {
    maxInFlight: number;
    maxQueued: number;
    maxQueueWaitMs: number;
    maxPerConnection: number;
    maxUnreadPerConnection: number;
    maxUnread: number;
    drainTimeoutMs: number;
  };
  /** Socket timeouts: receiving a whole request, and its headers. */
  http: { requestTimeoutMs: number; headersTimeoutMs: number };
  /** Origins allowed to call the API from a browser (`*`: any); empty: none. */
  corsOrigins: string[];
  /** Origins allowed to call /reconcile from a browser (`*`: any); empty: none. */
  reconcileCorsOrigins: string[];
  /** The server's address as clients reach it, for the URLs /reconcile gives; unset: from each request's Host. */
  publicUrl: string | undefined;
  introspection: boolean;
  /** GraphiQL, served by this server, at GET /graphql for browsers. */
  explorer: boolean;
  /** The web pages: `/` and the visual explorer at `/explore`. */
  webPages: boolean;
  /** Apollo Sandbox, loaded from Apollo's CDN, at GET /graphql instead of GraphiQL. */
  landingPage: boolean;
  readCache: boolean;
  /** The read cache's budget in bytes (keys and rows, estimated). */
  readCacheBytes: number;
  /** Distinct operation names labelled in /metrics; the rest count as `other`. */
  metricsMaxOperations: number;
  /** /metrics: served or not, and on the API's port (port undefined) or one of its own. */
  metrics: { enabled: boolean; port?: number; host: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) =>
        i.message.includes(String(i.path[0] ?? '')) ? i.message : `${i.path.join('.')}: ${i.message}`,
      ),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const store: StoreConfig = e.NEO4J_URI
    ? {
        kind: 'neo4j',
        uri: e.NEO4J_URI,
        username: e.NEO4J_USERNAME,
        password: e.NEO4J_PASSWORD ?? '',
        database: e.NEO4J_DATABASE || undefined,
        maxConnectionPoolSize: e.NEO4J_MAX_POOL_SIZE,
        connectionAcquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
        queryTimeoutMs: e.STORE_QUERY_TIMEOUT_MS,
        writeTimeoutMs: e.STORE_WRITE_TIMEOUT_MS,
      }
    : {
        kind: 'kuzu',
        path: e.DATA_DIR === ':memory:' ? ':memory:' : `${e.DATA_DIR.replace(/\/$/, '')}/ilo-graph.kuzu`,
        bufferPoolBytes: e.KUZU_BUFFER_POOL_MB * MiB,
        maxDatabaseBytes: e.KUZU_MAX_DB_MB * MiB,
        readConnections: e.KUZU_READ_CONNECTIONS,
        queryTimeoutMs: e.STORE_QUERY_TIMEOUT_MS,
        writeTimeoutMs: e.STORE_WRITE_TIMEOUT_MS,
      };
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    store,
    seedOnStart: e.SEED_ON_START,
    limits: {
      maxPageSize: e.MAX_PAGE_SIZE,
      maxDepth: e.MAX_QUERY_DEPTH,
      maxComplexity: e.MAX_QUERY_COMPLEXITY,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxBodyBytes: e.MAX_BODY_BYTES,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxSelectionFields: e.MAX_SELECTION_FIELDS,
      maxSelectionSpreads: e.MAX_SELECTION_SPREADS,
      maxOverlappingFieldPairs: e.MAX_OVERLAPPING_FIELD_PAIRS,
    },
    backPressure: {
      maxInFlight: e.MAX_IN_FLIGHT,
      maxQueued: e.MAX_QUEUED,
      maxQueueWaitMs: e.MAX_QUEUE_WAIT_MS,
      maxPerConnection: e.MAX_IN_FLIGHT_PER_CONNECTION,
      maxUnreadPerConnection: e.MAX_UNREAD_MB_PER_CONNECTION * MiB,
      maxUnread: e.MAX_UNREAD_MB * MiB,
      // A client gets as long to read its answers as to send a request.
      drainTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
    },
    http: { requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS, headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS },
    // Any origin in development (the data is public and read-only, no credentials); none
    // elsewhere unless listed.
    corsOrigins: e.CORS_ORIGINS ?? (e.NODE_ENV === 'development' ? ['*'] : []),
    // The Reconciliation Service API makes CORS mandatory for every endpoint: any origin unless
    // the operator narrows it (the data is public and read-only, no credentials).
    reconcileCorsOrigins: e.RECONCILE_CORS_ORIGINS ?? ['*'],
    publicUrl: e.PUBLIC_URL,
    // Off by default in production; explicit values win.
    introspection: env.INTROSPECTION === undefined ? !production : e.INTROSPECTION,
    explorer: env.EXPLORER === undefined ? !production : e.EXPLORER,
    webPages: e.WEB_PAGES,
    // Off unless asked for: Apollo's Sandbox is fetched from a CDN, so it fails offline.
    landingPage: e.LANDING_PAGE,
    // On by default only where this process sees every write (the embedded store).
    readCache: env.READ_CACHE === undefined ? store.kind === 'kuzu' : e.READ_CACHE,
    readCacheBytes: e.READ_CACHE_MB * MiB,
    metricsMaxOperations: e.METRICS_MAX_OPERATIONS,
    metrics: {
      enabled: e.METRICS,
      // Unset: on PORT, beside the API.
      port: e.METRICS_PORT === 0 ? undefined : e.METRICS_PORT,
      host: e.METRICS_HOST || e.HOST,
    },
  };
}
