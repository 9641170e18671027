import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import express, { type Request, type RequestHandler, type Response, Router } from 'express';

/**
 * Where Vite writes the built pages (web/build.ts): `web/dist/` beside the sources, and
 * `dist/web/dist/` beside the compiled server (`npm run build` copies it), the same relative
 * path from this file in both layouts.
 */
export const WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface WebPagesOptions {
  /** The built pages (default WEB_DIST_DIR). */
  dir?: string;
  /** GraphiQL at GET /graphql for browsers. */
  graphiql: boolean;
  /** Apollo's Sandbox takes GET /graphql for browsers instead (Apollo serves it). */
  apolloSandbox?: boolean;
  /** `/` and the visual explorer under `/explore`. */
  explorer: boolean;
}

/**
 * Every page's assets come from this server and nowhere else: `connect-src 'self'` keeps a page
 * from calling any other host, and the rest keeps scripts, styles, fonts and workers local.
 * Inline styles are allowed: GraphiQL's editor (Monaco) and the graph view set element styles.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The web pages: GraphiQL at GET /graphql (for a browser asking for HTML, without a `query`), the
 * visual explorer at `/explore` and below (one page; the browser routes), `/` leading to it, and
 * the pages' assets under `/assets/` (content-hashed names, cached for a year).
 *
 * When the pages are not built, a page answers 503 saying how to build them; the API is
 * unaffected. The explorer uses only the public GraphQL API, like any other client.
 */
export function webPages({
  dir = WEB_DIST_DIR,
  graphiql,
  apolloSandbox = false,
  explorer,
}: WebPagesOptions): Router {
  const router = Router();
  if (!graphiql && !explorer) return router;

  const assets = join(dir, 'assets');
  router.use('/assets', precompressed(assets));
  router.use('/assets', express.static(assets, { ...ASSET_CACHING, index: false, redirect: false }));

  // Middleware, not a GET route: a route would make express answer the CORS preflight
  // (OPTIONS /graphql) itself, before cors.ts.
  router.use('/graphql', (req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/' || req.query.query !== undefined || !prefersHtml(req))
      return next();
    if (apolloSandbox) return next();
    if (graphiql) return sendPage(res, dir, 'graphiql');
    // GraphiQL is off (production's default) but the explorer links to it: a person gets a
    // sentence, not the API's JSON refusal.
    securityHeaders(res);
    res
      .status(404)
      .type('html')
      .send(
        '<!doctype html><html lang="en"><title>GraphiQL is off</title><main><h1>GraphiQL is off on this server</h1>' +
          '<p>The API answers <code>POST /graphql</code> (or <code>GET /graphql?query=…</code>). The operator can ' +
          'serve GraphiQL here with <code>EXPLORER=true</code>.</p><p><a href="/explore">The explorer</a></p></main></html>',
      );
  });
  if (explorer) {
    router.get('/', (_req, res) => res.redirect(302, '/explore'));
    router.get(['/explore', '/explore/*rest'], (_req, res) => sendPage(res, dir, 'explore'));
  }
  return router;
}

/** Asset names carry their content hash: a browser may keep them for a year without asking. */
const ASSET_CACHING = { immutable: true, maxAge: '365d' } as const;

/**
 * Serves `<asset>.gz`, written beside each asset by the build, to a client that accepts gzip:
 * the pages' budgets (README) are what goes over the wire, and GraphiQL's editor shrinks by
 * three quarters. Anything else falls through to the plain file.
 */
function precompressed(assets: string): RequestHandler {
  return (req, res, next) => {
    const accepted = req.headers['accept-encoding'] !== undefined && req.acceptsEncodings('gzip') === 'gzip';
    const name = req.path.slice(1);
    if (!accepted || (req.method !== 'GET' && req.method !== 'HEAD') || !/^[\w.-]+$/.test(name))
      return next();
    if (!existsSync(join(assets, `${name}.gz`))) return next();
    res.setHeader('Content-Encoding', 'gzip');
    res.vary('Accept-Encoding');
    res.type(extname(name));
    res.sendFile(`${name}.gz`, { root: assets, ...ASSET_CACHING, acceptRanges: false }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

/** A browser navigating to the URL: it asks for HTML before JSON (an API client does not). */
function prefersHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

function securityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

function sendPage(res: Response, dir: string, page: 'graphiql' | 'explore'): void {
  const file = join(dir, page, 'index.html');
  securityHeaders(res);
  if (!existsSync(file)) {
    res
      .status(503)
      .type('text/plain')
      .send(`The web pages are not built. Run \`npm run build:web\` (npm start does it), then reload.\n`);
    return;
  }
  // The page names its assets by content hash: the page itself must always be fresh.
  res.setHeader('Cache-Control', 'no-cache');
  res.sendFile(file);
}
