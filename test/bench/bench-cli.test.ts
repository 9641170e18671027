import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { answerIds } from '../../bench/lib/answer-ids.js';
import { benchOptions } from '../../bench/lib/options.js';
import { COMMITTED_RESULTS, writeResults } from '../../bench/lib/results-file.js';

const run = promisify(execFile);
const bench = (...args: string[]) =>
  run('node', ['--import', 'tsx', 'bench/run.ts', ...args], {
    // The embedded store, and a path-search run small enough for a test (the options, not the figures, are tested).
    env: { ...process.env, NEO4J_URI: '', BENCH_PATH_PAIRS: '30' },
    timeout: 120_000,
  });

describe('npm run bench: its options', () => {
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--help prints every option and exits without running anything', async () => {
    const before = statSync(COMMITTED_RESULTS).mtimeMs;
    const { stdout } = await bench('--help');
    for (const option of ['--store', '--peer', '--scale', '--paths', '--quick', '--out', '--save', '--help'])
      expect(stdout).toContain(option);
    expect(statSync(COMMITTED_RESULTS).mtimeMs).toBe(before);
  });

  it('refuses an unknown option or --peer without Neo4j, saying why, with exit code 2', async () => {
    await expect(bench('--sclae')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--sclae/),
    });
    await expect(bench('--peer')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--peer needs --store neo4j/),
    });
  });

  it('writes a run outside the tracked tree by default, to --out when given, and the committed file only with --save', () => {
    const defaults = benchOptions([], {});
    expect(defaults.out.startsWith(os.tmpdir())).toBe(true);
    expect(defaults.save).toBe(false);
    expect(benchOptions(['--out', 'x.json', '--save'], {})).toMatchObject({ out: 'x.json', save: true });
    expect(benchOptions([], { BENCH_QUICK: '1' }).quick).toBe(true);
    expect(benchOptions(['--store', 'neo4j', '--peer'], {})).toMatchObject({ store: 'neo4j', peer: true });
    expect(() => benchOptions(['--rounds', '0'], {})).toThrow(/--rounds/);

    const committed = join(dir, 'results.json');
    writeFileSync(committed, JSON.stringify({ scale: { kept: true } }));
    const out = join(dir, 'nested', 'run.json');
    expect(writeResults('kuzu', { rps: 1 }, { out, save: false }, committed)).toEqual([out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ kuzu: { rps: 1 } });
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual({ scale: { kept: true } });
    writeResults('kuzu', { rps: 2 }, { out, save: true }, committed);
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual({ scale: { kept: true }, kuzu: { rps: 2 } });
  });

  it(
    'runs the path-search measurement into --out: a search bounded at more hops connects more pairs',
    { timeout: 180_000 },
    async () => {
      const out = join(dir, 'paths.json');
      const before = readFileSync(COMMITTED_RESULTS, 'utf8');
      const { stdout } = await bench('--paths', '--out', out);
      expect(stdout).toContain(`wrote ${out}`);
      const rows = (
        JSON.parse(readFileSync(out, 'utf8')) as {
          'paths-kuzu': { rows: { maxHops: number; price: number; connectedPairs: number }[] };
        }
      )['paths-kuzu'].rows;
      expect(rows.map((r) => r.maxHops)).toEqual([1, 2, 3, 4, 5, 6]);
      for (let i = 1; i < rows.length; i++) {
        expect(rows[i]!.connectedPairs).toBeGreaterThanOrEqual(rows[i - 1]!.connectedPairs);
        expect(rows[i]!.price).toBeGreaterThan(rows[i - 1]!.price);
      }
      expect(rows[5]!.connectedPairs).toBeGreaterThan(rows[0]!.connectedPairs);
      expect(readFileSync(COMMITTED_RESULTS, 'utf8')).toBe(before);
    },
  );
});

describe('answerIds: what two APIs must agree on', () => {
  it('lists ids depth first in document order, whatever the shape around them', () => {
    const ours = {
      entity: { id: 'a', name: 'A', instruments: [{ id: 'b' }, { id: 'c' }], partners: [{ id: 'd' }] },
    };
    const peer = {
      sectors: [{ id: 'a', instruments: [{ id: 'b', year: 1 }, { id: 'c' }], partners: [{ id: 'd' }] }],
    };
    expect(answerIds(ours)).toEqual(['a', 'b', 'c', 'd']);
    expect(answerIds(peer)).toEqual(answerIds(ours));
    expect(answerIds({ x: [{ id: 'c' }, { id: 'b' }] })).not.toEqual(
      answerIds({ x: [{ id: 'b' }, { id: 'c' }] }),
    );
  });
});
