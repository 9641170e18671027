import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

import { webBuildIsCurrent } from '../../web/build.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { readBudgets } from './budgets.js';
import { guardedPage, launchChromium, type GuardedPage } from './chromium.js';

export interface BrowserSession {
  server: TestServer;
  guarded: GuardedPage;
  page: Page;
}

/**
 * For a describe block: the server on the embedded store with the built pages (web/dist, which
 * must be current), and a guarded Chromium page on it; ready before the block's tests, closed
 * after them. The returned object is filled in by then.
 */
export function browserSession(executablePath: string, env: Record<string, string> = {}): BrowserSession {
  const session = {} as BrowserSession;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!webBuildIsCurrent())
      throw new Error(
        'web/dist is missing or older than its sources: `npm test` builds it, or run `npm run build:web`',
      );
    const [server, launched] = await Promise.all([
      startTestServer(env, { store: 'kuzu' }),
      launchChromium(executablePath),
    ]);
    browser = launched;
    const guarded = await guardedPage(browser, server.url);
    Object.assign(session, { server, guarded, page: guarded.page });
  }, 90_000);
  afterAll(async () => {
    await session.guarded?.context.close();
    await browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * What the whole session must have kept to: no request to another host, no page error, console
 * error or CSP refusal, and no more JavaScript over the wire than the page's budget.
 */
export function expectStayedOnTheServer(
  guarded: GuardedPage,
  budget: 'explore' | 'graphiql',
  label: string,
): void {
  expect(guarded.offsite).toEqual([]);
  expect(guarded.problems).toEqual([]);
  const scripts = [...guarded.scripts.values()].reduce((a, b) => a + b, 0);
  expect(guarded.scripts.size).toBeGreaterThan(0);
  console.log(`${label}: ${guarded.scripts.size} scripts, ${scripts} bytes of JavaScript over the wire`);
  expect(scripts, `${label}: ${scripts} bytes of JavaScript over the wire`).toBeLessThanOrEqual(
    readBudgets()[budget].javascriptBytes,
  );
}
