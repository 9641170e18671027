/**
 * `npm run bench:attacks`: what each attack of test/reliability costs the server, against the
 * targets the tests hold loosely (they share the machine with the rest of the suite):
 * - validation: no accepted or refused document costs more than ~50 ms to check and validate;
 * - /health within 100 ms while the server is at its limits;
 * - memory back near where it was after an attack.
 * One server process (production, embedded store) per attack, loopback only; prints a table.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parse, specifiedRules, validate } from 'graphql';

import { getSchema } from '../src/api/build-schema.js';
import { loadConfig } from '../src/config.js';
import { checkDocument } from '../src/server/document-limits.js';
import { freePort, startServerProcess } from '../test/helpers/server-process.js';
import { machineInfo } from './lib/machine.js';
import { repeat } from '../test/reliability/target.js';

const node = (inner: string) => `{ sectors(first: 1) { edges { node { ${inner} } } } }`;

/** Documents at and past the limits: the worst each limit lets through, and what it refuses. */
const DOCUMENTS: [string, string][] = [
  ['30,000 × id (90 kB)', node(repeat(30_000, 'id'))],
  ['70 × id (2,415 pairs)', node(repeat(70, 'id'))],
  ['100 × id (4,950 pairs)', node(repeat(100, 'id'))],
  ['instruments { id ×9 } ×9 (≈4,900 pairs)', node(repeat(9, `instruments { ${repeat(9, 'id')} }`))],
  [
    '50 fragments × instruments { id ×20 }',
    `${node(repeat(50, '...F#'))} ${repeat(50, `fragment F# on Sector { instruments { ${repeat(20, 'id')} } }`)}`,
  ],
  ['200 aliased fields', node(repeat(200, 'a#: id'))],
  [
    '14 selections × 100 aliases (4,286 tokens)',
    node(repeat(14, `i#: instruments { ${repeat(100, 'a#: id')} }`)),
  ],
  [
    '50 distinct fragments spread',
    `${node(repeat(50, '...F#'))} ${repeat(50, 'fragment F# on Sector { id name }')}`,
  ],
  ['nesting 128', `{ search(query: ${'['.repeat(126)}"x"${']'.repeat(126)}) { score } }`],
];

async function validationTable(): Promise<void> {
  const schema = await getSchema();
  const config = loadConfig({ DATA_DIR: ':memory:' });
  console.log('\nDocument checks (before validation) and validation, ms (median of 5):');
  console.log('| document | check | outcome | validation (graphql-js) |');
  console.log('|---|---|---|---|');
  for (const [name, query] of DOCUMENTS) {
    const checks: number[] = [];
    let refusal = null;
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      refusal = checkDocument(query, config.limits);
      checks.push(performance.now() - t);
    }
    let validation = '—';
    if (!refusal) {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const document = parse(query);
        const t = performance.now();
        validate(schema, document, specifiedRules);
        times.push(performance.now() - t);
      }
      validation = median(times).toFixed(1);
    }
    console.log(
      `| ${name} | ${median(checks).toFixed(1)} | ${refusal ? `refused: ${refusal.message.split(';')[0]}` : 'accepted'} | ${validation} |`,
    );
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;
}

async function healthWhile(url: string, attack: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let running = true;
  const probing = (async () => {
    while (running) {
      const t = performance.now();
      await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) }).then(
        (r) => r.text(),
        () => '',
      );
      latencies.push(performance.now() - t);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await attack;
  running = false;
  await probing;
  return latencies;
}

const LARGE = JSON.stringify({
  query: `{ sectors(first: 100) { edges { node { id name description sources { quote passage }
    instruments { id name description sources { quote } } programmes { id name description } } } } }`,
});

const ATTACKS: [string, (url: string) => Promise<void>][] = [
  [
    '10 sockets × 400 pipelined requests, never read (8 s)',
    async (url) => {
      const request = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(LARGE)}\r\n\r\n${LARGE}`;
      const sockets = Array.from({ length: 10 }, () => {
        const s = connect(Number(new URL(url).port), '127.0.0.1');
        s.on('error', () => undefined);
        s.pause();
        s.write(request.repeat(400));
        return s;
      });
      await new Promise((resolve) => setTimeout(resolve, 8_000));
      for (const s of sockets) s.destroy();
    },
  ],
  [
    '100 requests, 47 kB strings in 50 aliases (read cache)',
    async (url) => {
      const text = 'x'.repeat(47_000);
      const query = `query G($v: String!, $id: ID!) { ${repeat(50, 'a#: sectors(first: #, where: { nameContains: $v, ids: [$id] }) { totalCount }').replaceAll('first: 0', 'first: 50')} }`;
      for (let i = 0; i < 100; i += 4)
        await Promise.all(
          [0, 1, 2, 3].map(() =>
            fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables: { v: text, id: text } }),
            }).then((r) => r.text()),
          ),
        );
    },
  ],
  [
    '20 × 30,000 repeated fields (90 kB)',
    async (url) => {
      const body = JSON.stringify({ query: node(repeat(30_000, 'id')) });
      for (let i = 0; i < 20; i++)
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        }).then((r) => r.text());
    },
  ],
];

async function attackTable(): Promise<void> {
  console.log('\nAttacks on a server process (production, embedded store, 512 MB heap):');
  console.log('| attack | /health p50 | p95 | max | RSS before → after (MB) |');
  console.log('|---|---|---|---|---|');
  for (const [name, attack] of ATTACKS) {
    const dir = mkdtempSync(join(tmpdir(), 'ilo-graph-bench-'));
    const port = await freePort();
    const server = startServerProcess(
      {
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        DATA_DIR: dir,
        KUZU_BUFFER_POOL_MB: '64',
      },
      ['--max-old-space-size=512'],
    );
    try {
      await server.waitFor(/ilo-graph ready/, 120_000);
      const url = `http://127.0.0.1:${port}`;
      const before = rssMb(server.child.pid!);
      const latencies = (await healthWhile(url, attack(url))).sort((a, b) => a - b);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const after =
        server.child.exitCode === null
          ? rssMb(server.child.pid!).toFixed(0)
          : `died (${server.child.exitCode})`;
      const at = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(0);
      console.log(
        `| ${name} | ${at(0.5)} | ${at(0.95)} | ${at(1 - 1e-9)} | ${before.toFixed(0)} → ${after} |`,
      );
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

console.log(JSON.stringify(machineInfo()));
await validationTable();
await attackTable();
