import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';

import type { Dataset } from '../../src/domain/dataset.js';
import type { DrawnGraph } from '../../web/explore/graph/drawn-graph.js';
import { kindOfTypeName, kindStyle } from '../../web/explore/graph/kind-style.js';
import { expectedNeighbourhood, linkId } from '../helpers/expected-neighbourhood.js';
import type { TestServer } from '../helpers/test-server.js';
import { describeInBrowser, screenshot, seriousAxeViolations } from './chromium.js';
import { browserSession, expectStayedOnTheServer } from './session.js';

/**
 * An analyst's session in the explorer, in headless Chromium against the real server and the real
 * knowledge base: search WHO → its page → the graph draws its neighbours (checked on the pixels) →
 * a link's evidence shows its quote → the document reader → a partner's collaborations and the
 * CSV → connections between two entities → the gaps report. Every request must stay on the
 * server, every page must pass axe-core with no serious or critical violation, and the page's
 * JavaScript must stay within its budget (web/budgets.json).
 *
 * Why on the embedded store only: the pages talk to the GraphQL API and nothing else, and every
 * operation they send is run on both stores by test/web/explore-operations.test.ts (answers) and
 * test/web/explore-graph.test.ts (the graph model against the knowledge base); running the
 * browser a second time would test the same API answers again at the cost of another browser run.
 */
describeInBrowser('the explorer in a browser', (executablePath) => {
  const session = browserSession(executablePath);
  let server: TestServer;
  let page: Page;
  let dataset: Dataset;
  beforeAll(() => {
    ({ server, page } = session);
    dataset = server.dataset;
  });

  const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;
  const link = (id: string) => dataset.links.find((l) => linkId(l) === id)!;
  const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
  const heading = () => page.locator('main h1').first();
  /** Waits for a condition of the page; generous, for a loaded CI machine. */
  const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

  async function expectAccessible(name: string): Promise<void> {
    const violations = await seriousAxeViolations(page);
    expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
  }

  /** The graph as drawn, once it has drawn `until` (or at least one node). */
  async function drawnGraph(
    until: (g: DrawnGraph) => boolean = (g) => g.nodes.length > 0,
  ): Promise<DrawnGraph> {
    let graph: DrawnGraph = { nodes: [], edges: [] };
    await expect
      .poll(
        async () => {
          graph = await page.$eval('[data-graph-view]', (el) =>
            (el as unknown as { drawnGraph: () => DrawnGraph }).drawnGraph(),
          );
          return until(graph);
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    return graph;
  }

  /**
   * The colours actually on screen at points of the graph view: a screenshot of the view,
   * decoded by the page itself (a canvas reads the PNG back), so this is what a person sees.
   */
  async function pixelsAt(points: { x: number; y: number }[]): Promise<number[][]> {
    const view = page.locator('[data-graph-view]');
    await view.scrollIntoViewIfNeeded();
    // The view's content box: drawnGraph() measures from inside the border.
    const box = (await view.boundingBox())!;
    const inner = await view.evaluate((el) => [el.clientLeft, el.clientTop, el.clientWidth, el.clientHeight]);
    const clip = { x: box.x + inner[0]!, y: box.y + inner[1]!, width: inner[2]!, height: inner[3]! };
    const png = (await page.screenshot({ clip })).toString('base64');
    return page.evaluate(
      async ({ png, points }) => {
        const w = globalThis as unknown as {
          Image: new () => { src: string; width: number; height: number; decode(): Promise<void> };
          document: {
            createElement(tag: 'canvas'): { width: number; height: number; getContext(t: '2d'): unknown };
          };
        };
        const image = new w.Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = w.document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d') as {
          drawImage(i: unknown, x: number, y: number): void;
          getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
        };
        context.drawImage(image, 0, 0);
        return points.map((p) => [
          ...context.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3),
        ]);
      },
      { png, points },
    );
  }

  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 24);

  /** Every node is drawn where the view says, in its kind's colour (its centre is filled). */
  async function expectNodesDrawnInTheirColours(graph: DrawnGraph): Promise<void> {
    const pixels = await pixelsAt(graph.nodes);
    const wrong = graph.nodes
      .map((n, i) => ({ id: n.id, kind: n.kind, want: rgb(kindStyle(n.kind).colour), got: pixels[i]! }))
      .filter((n) => !near(n.want, n.got));
    expect(wrong).toEqual([]);
    // And the view is not blank around them: its links are drawn too (not white between the ends).
  }

  async function viewOrigin(): Promise<{ x: number; y: number }> {
    const box = (await page.locator('[data-graph-view]').boundingBox())!;
    return { x: box.x, y: box.y };
  }

  it('leads / to the explorer, which finds WHO as you type and opens its page with the keyboard alone', async () => {
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/explore');
    await eventually(() => heading().textContent()).toMatch(/Who cooperates with whom/);
    await expectAccessible('home');
    await screenshot(page, 'home');

    await page.keyboard.press('Tab'); // skip link
    const search = page.getByRole('combobox', { name: 'Find an entity' });
    await search.focus();
    await page.keyboard.type('WHO');
    const first = page.getByRole('option').first();
    await eventually(() => first.textContent()).toMatch(/^World Health Organization \(WHO\)/);
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'search');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/explore/entity/agency%3AWHO');
    await eventually(() => heading().textContent()).toBe('World Health Organization (WHO)');
  });

  it('draws WHO’s neighbourhood: every neighbour of the knowledge base, each in its kind’s colour', async () => {
    const expected = expectedNeighbourhood(dataset, 'agency:WHO');
    const graph = await drawnGraph((g) => g.nodes.length === expected.nodes.size);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(expected.nodes);
    expect(new Set(graph.edges.map((e) => e.id))).toEqual(expected.edges);
    for (const node of graph.nodes) expect(node.kind, node.id).toBe(kindOfTypeName(entity(node.id).kind));
    await expectNodesDrawnInTheirColours(graph);
    // The links list says the same as the picture, for keyboards and screen readers.
    for (const id of expected.nodes) {
      if (id === 'agency:WHO' || entity(id).kind === 'Collaboration') continue;
      expect(
        await page.locator(`.link-group a[href="/explore/entity/${encodeURIComponent(id)}"]`).count(),
        id,
      ).toBeGreaterThan(0);
    }
    await screenshot(page, 'entity', { fullPage: false });
  });

  it('opens a link’s evidence when it is clicked in the graph: its document, its passage, the quote highlighted', async () => {
    const graph = await drawnGraph();
    // A direct link whose middle is clear of any node, so the click lands on the line.
    const clear = graph.edges.filter(
      (e) =>
        !e.id.startsWith('collaboration:') &&
        graph.nodes.every((n) => Math.hypot(n.x - e.x, n.y - e.y) > n.size),
    );
    expect(clear.length).toBeGreaterThan(0);
    const edge = clear[0]!;
    const origin = await viewOrigin();
    await page.mouse.click(origin.x + edge.x, origin.y + edge.y);

    const panel = page.locator('.evidence-panel');
    await eventually(() => panel.count()).toBe(1);
    const stored = link(edge.id);
    expect(await panel.locator('h2').textContent()).toContain(entity(stored.from).name);
    expect(await panel.locator('h2').textContent()).toContain(entity(stored.to).name);
    const marks = panel.locator('mark');
    await eventually(() => marks.count()).toBe(stored.sources.length);
    expect((await marks.allTextContents()).map(folded).sort()).toEqual(
      stored.sources.map((s) => folded(s.quote)).sort(),
    );
    for (const source of stored.sources) {
      const document = dataset.passages.find((p) => p.id === source.passage)!.documentId;
      expect(await panel.locator(`a[href*="${encodeURIComponent(document)}"]`).count()).toBeGreaterThan(0);
    }
    // The picture shows which link is open: it is drawn emphasised (thicker, red). Sampled along
    // the line between the two nodes (its label, on a white ground, covers its middle).
    const [from, to] = [edge.source, edge.target].map((id) => graph.nodes.find((n) => n.id === id)!);
    const length = Math.hypot(to!.x - from!.x, to!.y - from!.y);
    const along = Array.from({ length: 17 }, (_, i) => (i + 2) / 20).map((t) => ({
      x: from!.x + (to!.x - from!.x) * t,
      y: from!.y + (to!.y - from!.y) * t,
    }));
    const outside = along.filter((p) =>
      [from!, to!].every((n) => Math.hypot(p.x - n.x, p.y - n.y) > n.size / 2 + 4),
    );
    // Each point, and the pixels beside it across the line (a thin line is anti-aliased).
    const [dx, dy] = [(to!.y - from!.y) / length, -(to!.x - from!.x) / length];
    const across = outside.flatMap((p) =>
      [-2, -1, 0, 1, 2].map((k) => ({ x: p.x + dx * k, y: p.y + dy * k })),
    );
    const pixels = await pixelsAt(across);
    const red = outside.filter((_, i) =>
      pixels.slice(i * 5, i * 5 + 5).some((p) => near(p, [0xc0, 0x39, 0x2b])),
    );
    expect(
      red.length,
      `red points along the link: ${red.length} of ${outside.length}`,
    ).toBeGreaterThanOrEqual(outside.length / 2);
    await expectAccessible('entity page with evidence');
    await screenshot(page, 'evidence', { fullPage: true });
  });

  it('shows any link’s evidence from the keyboard, the focus moved onto it', async () => {
    await page.keyboard.press('Escape');
    await eventually(() => page.locator('.evidence-panel').count()).toBe(0);
    const button = page.getByRole('button', { name: 'Evidence for Health services' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await eventually(() =>
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
            .id,
      ),
    ).toBe('evidence-heading');
    await eventually(() => page.locator('.evidence-panel mark').count()).toBeGreaterThan(0);
  });

  it('reads the evidence in its document: the passage scrolled to, focused, the quotes highlighted', async () => {
    const source = page.locator('.evidence-panel .citation header a').first();
    const href = (await source.getAttribute('href'))!;
    await source.click();
    await page.waitForURL((url) => url.pathname + url.search === href);
    const passageId = new URL(href, server.url).searchParams.get('passage')!;
    const passage = page.locator('.passage.linked');
    await eventually(() => passage.count()).toBe(1);
    expect(await passage.locator('code').first().textContent()).toBe(passageId);
    const active = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { className: string } } }).document
          .activeElement.className,
    );
    expect(active).toContain('linked');
    expect(await passage.locator('mark').count()).toBeGreaterThan(0);
    expect(await passage.locator('.citing-facts li').count()).toBeGreaterThan(0);
    await expectAccessible('document reader');
    await screenshot(page, 'document');
    await page.goBack();
    await page.waitForURL('**/explore/entity/agency%3AWHO');
  });

  it('opens a node’s page when the node is clicked, and expands a node in place on a right-click', async () => {
    let graph = await drawnGraph();
    const origin = await viewOrigin();
    const iom = graph.nodes.find((n) => n.id === 'agency:IOM')!;
    await page.mouse.click(origin.x + iom.x, origin.y + iom.y);
    await page.waitForURL('**/explore/entity/agency%3AIOM');
    await eventually(() => heading().textContent()).toMatch(/International Organization for Migration/);
    await page.goBack();
    await page.waitForURL('**/explore/entity/agency%3AWHO');

    graph = await drawnGraph((g) => g.nodes.some((n) => n.id === 'sector:health-services'));
    const sector = graph.nodes.find((n) => n.id === 'sector:health-services')!;
    await page.mouse.click(origin.x + sector.x, origin.y + sector.y, { button: 'right' });
    const both = [
      expectedNeighbourhood(dataset, 'agency:WHO'),
      expectedNeighbourhood(dataset, 'sector:health-services'),
    ];
    const union = new Set(both.flatMap((n) => [...n.nodes]));
    graph = await drawnGraph((g) => g.nodes.length === union.size);
    expect(new Set(graph.nodes.map((n) => n.id))).toEqual(union);
    expect(page.url()).toContain('agency%3AWHO');
    await expectNodesDrawnInTheirColours(graph);
    await screenshot(page, 'entity-expanded');
  });

  it('filters the graph and the list by kind and by relationship', async () => {
    await page.getByRole('checkbox', { name: /^Topics/ }).uncheck();
    let graph = await drawnGraph((g) => g.nodes.every((n) => n.kind !== 'TOPIC'));
    expect(graph.nodes.length).toBeGreaterThan(0);
    expect(await page.locator('.link-group', { hasText: 'Topics of its collaborations' }).count()).toBe(0);
    await page.getByRole('checkbox', { name: /^Topics/ }).check();
    graph = await drawnGraph((g) => g.nodes.some((n) => n.kind === 'TOPIC'));

    await page.getByRole('checkbox', { name: /ON_SECTOR/ }).uncheck();
    graph = await drawnGraph((g) => g.edges.every((e) => e.relation !== 'ON_SECTOR'));
    expect(graph.edges.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /ON_SECTOR/ }).check();
  });

  it('lists a partner’s collaborations with their evidence, and downloads them as CSV', async () => {
    await page.getByRole('link', { name: 'Collaborations (table, CSV)' }).click();
    await page.waitForURL('**/explore/collaborations?partner=agency%3AWHO');
    const expected = dataset.links
      .filter((l) => l.type === 'HAS_PARTNER' && l.to === 'agency:WHO')
      .map((l) => l.from);
    const rows = page.locator('table.collaborations tbody tr');
    await eventually(() => rows.count()).toBe(expected.length);
    for (const id of expected) {
      const row = rows.filter({ has: page.locator(`a[href="/explore/entity/${encodeURIComponent(id)}"]`) });
      expect(await row.count(), id).toBe(1);
      for (const source of entity(id).sources)
        expect(folded((await row.textContent())!)).toContain(folded(source.quote));
    }
    await expectAccessible('collaborations');
    await screenshot(page, 'collaborations');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('collaborations-agency-WHO.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFid,collaboration,partners,partner ids,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.length).toBe(expected.length + 1);
    for (const id of expected) {
      const line = lines.find((l) => l.startsWith(`${id},`));
      expect(line, id).toBeDefined();
      expect(line).toContain('agency:WHO');
      for (const source of entity(id).sources) expect(line).toContain(source.passage);
    }
  });

  it('finds the connections between two entities, drawn as paths, each step with its evidence', async () => {
    await page
      .getByRole('navigation', { name: 'Pages', exact: true })
      .getByRole('link', { name: 'Connections' })
      .click();
    await page.waitForURL('**/explore/connections');
    for (const [label, typed, name] of [
      ['From', 'FAO', /^Food and Agriculture Organization/],
      ['To', 'C184', /^Safety and Health in Agriculture Convention/],
    ] as const) {
      await page.getByRole('combobox', { name: label, exact: true }).fill(typed);
      await eventually(() => page.getByRole('option').first().textContent()).toMatch(name);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Find connections' }).click();
    await page.waitForURL('**/explore/connections?from=agency%3AFAO&to=instrument%3AC184&maxHops=4');

    const paths = page.locator('ol.paths > li');
    await eventually(() => paths.count()).toBeGreaterThan(0);
    const graph = await drawnGraph((g) => g.nodes.some((n) => n.id === 'instrument:C184'));
    expect(graph.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['agency:FAO', 'instrument:C184']));
    for (const edge of graph.edges) expect(link(edge.id), edge.id).toBeDefined();
    await expectNodesDrawnInTheirColours(graph);

    const steps = paths.first().locator('ol.steps > li');
    const count = await steps.count();
    expect(count).toBe(graph.edges.length > 0 ? count : 0);
    await steps
      .first()
      .getByRole('button', { name: /^Evidence/ })
      .click();
    const firstStep = graph.edges.find((e) => e.source === 'agency:FAO' || e.target === 'agency:FAO')!;
    const marks = page.locator('.evidence-panel mark');
    await eventually(() => marks.count()).toBeGreaterThan(0);
    expect((await marks.allTextContents()).map(folded)).toEqual(
      expect.arrayContaining(link(firstStep.id).sources.map((s) => folded(s.quote))),
    );
    await expectAccessible('connections');
    await screenshot(page, 'connections', { fullPage: true });
  });

  it('reports the gaps grouped by kind, each linked to its entity with its sentence', async () => {
    await page
      .getByRole('navigation', { name: 'Pages', exact: true })
      .getByRole('link', { name: 'Gaps' })
      .click();
    await page.waitForURL('**/explore/gaps');
    const { gaps } = await server.data<{
      gaps: { kind: string; explanation: string; entity: { id: string } | null }[];
    }>('{ gaps { kind explanation entity { id } } }');
    const byKind = new Map<string, number>();
    for (const gap of gaps) byKind.set(gap.kind, (byKind.get(gap.kind) ?? 0) + 1);
    const groups = page.locator('section.gap-group');
    await eventually(() => groups.count()).toBe(byKind.size);
    for (const [kind, count] of byKind) {
      const group = page.locator(`#gap-${kind.toLowerCase().replace(/_/g, '-')}`);
      expect(await group.locator('ul.gaps > li').count(), kind).toBe(count);
    }
    const first = gaps.find((g) => g.entity)!;
    const item = page.locator('ul.gaps > li', { hasText: first.explanation }).first();
    expect(
      await item.locator(`a[href="/explore/entity/${encodeURIComponent(first.entity!.id)}"]`).count(),
    ).toBe(1);
    await expectAccessible('gaps');
    await screenshot(page, 'gaps');
    await item.locator('a').first().click();
    await page.waitForURL(`**/explore/entity/${encodeURIComponent(first.entity!.id)}`);
    await drawnGraph();
  });

  it('requested nothing from any other host, logged no error, and stayed within its JavaScript budget', () => {
    expectStayedOnTheServer(session.guarded, 'explore', 'explorer pages');
  });
});
