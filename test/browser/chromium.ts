import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/**
 * Headless Chromium for the browser tests: Debian's `chromium` (apt-get install -y chromium;
 * .ci/run installs it), or CHROMIUM_PATH, driven by playwright-core. Downloading a browser
 * (`npx playwright install`) is not needed.
 */
export function chromiumPath(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

/**
 * Why these flags: headless with no GPU (the canvas is drawn in software), no sandbox (CI runs as
 * root), and nothing of Chromium's own that reaches outside hosts (component updates, sync,
 * background networking, QUIC probes), so the only requests are the page's.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const REASON =
  'Browser tests skipped: Chromium is not installed. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run installs it and sets REQUIRE_BROWSER=1.';

/**
 * A describe block that runs in Chromium: skipped with the reason when Chromium is missing, or
 * failing instead under REQUIRE_BROWSER=1 (what .ci/run sets), like the Neo4j suites.
 */
export function describeInBrowser(title: string, body: (executablePath: string) => void): void {
  const path = chromiumPath();
  if (path) describe(title, () => body(path));
  else if (/^(1|true|yes|on)$/i.test(process.env.REQUIRE_BROWSER ?? ''))
    describe(title, () => it('needs Chromium (REQUIRE_BROWSER is set)', () => expect.fail(REASON)));
  else {
    console.warn(REASON);
    describe.skip(title, () => it.skip(REASON, () => undefined));
  }
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** Where the tests' screenshots go (not committed: tmp/ is ignored). */
export const SCREENSHOTS = 'tmp/screenshots';

export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  return path;
}

export interface GuardedPage {
  context: BrowserContext;
  page: Page;
  /** Requests to any host other than the server (aborted as they happen). */
  offsite: string[];
  /** Page errors, console errors and Content-Security-Policy refusals. */
  problems: string[];
  /** Every script the page loaded, with its size on the wire. */
  scripts: Map<string, number>;
}

/**
 * A page whose every request is checked: one to another host is recorded and aborted (the test
 * then fails on `offsite`), and page errors, console errors and CSP refusals are recorded too.
 */
export async function guardedPage(browser: Browser, serverUrl: string): Promise<GuardedPage> {
  const origin = new URL(serverUrl).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const offsite: string[] = [];
  const problems: string[] = [];
  const scripts = new Map<string, number>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin)
      return route.continue();
    offsite.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !request.url().endsWith('.js')) return;
    void request.sizes().then((sizes) => scripts.set(request.url(), sizes.responseBodySize));
  });
  return { context, page, offsite, problems, scripts };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Parts of a page that are not ours and fail known rules (a third-party component's own markup):
 * those rules are left unchecked inside those parts only; everything else is checked.
 */
export interface UpstreamExceptions {
  selectors: string[];
  rules: string[];
}

/** axe-core's serious and critical accessibility violations on the page as it is now. */
export async function seriousAxeViolations(
  page: Page,
  upstream?: UpstreamExceptions,
): Promise<AxeViolation[]> {
  // evaluate, not a script tag: the page's Content-Security-Policy refuses inline scripts.
  await page.evaluate(axe.source);
  const runs = upstream
    ? [
        // Every rule, outside the upstream parts...
        { exclude: upstream.selectors, disabled: [] as string[] },
        // ...and every other rule inside them too.
        { exclude: [] as string[], disabled: upstream.rules },
      ]
    : [{ exclude: [] as string[], disabled: [] as string[] }];
  const found: AxeViolation[] = [];
  for (const run of runs) {
    const violations = await page.evaluate(async ({ exclude, disabled }) => {
      // In the page: this file is compiled without the DOM's types.
      const inPage = globalThis as unknown as { axe: typeof axe };
      const context = exclude.length > 0 ? { exclude: exclude.map((s) => [s]) } : { include: [['html']] };
      const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
      const result = await inPage.axe.run(context as axe.ElementContext, {
        resultTypes: ['violations'],
        rules,
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    }, run);
    found.push(...violations);
  }
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
