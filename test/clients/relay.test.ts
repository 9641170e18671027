import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

import {
  Environment,
  Network,
  RecordSource,
  Store,
  fetchQuery,
  type ConcreteRequest,
  type GraphQLResponse,
} from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EXAMPLES, serverWithReferenceAnswers, withoutTypenames } from './examples.js';

const COMPILER = createRequire(import.meta.url).resolve('relay-compiler/cli.js');
const SCHEMA = resolve('schema/schema.graphql');

/**
 * Relay: its compiler validates the example operations against the schema (schema/schema.graphql)
 * and compiles them, and relay-runtime runs the compiled operations against the running server
 * with the network layer Relay's documentation gives (a JSON POST). Relay names an operation after
 * its module (`<Module>Query`), so each example is written to `<Name>.ts` as `<Name>Query`.
 */
describe('Relay', () => {
  const target = serverWithReferenceAnswers();
  let project: string;
  beforeAll(() => {
    mkdirSync('tmp', { recursive: true });
    project = mkdtempSync(join(resolve('tmp'), 'relay-'));
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** Writes operations as Relay modules in a fresh project and runs the compiler on it. */
  function compile(
    dir: string,
    operations: { name: string; text: string }[],
  ): { ok: boolean; output: string } {
    const src = join(dir, 'src');
    mkdirSync(join(src, '__generated__'), { recursive: true });
    for (const { name, text } of operations) {
      const renamed = text.replace(new RegExp(`\\bquery ${name}\\b`), `query ${name}Query`);
      writeFileSync(
        join(src, `${name}.ts`),
        `import { graphql } from 'relay-runtime';\n\nexport const query = graphql\`\n${renamed}\`;\n`,
      );
    }
    writeFileSync(
      join(dir, 'relay.config.json'),
      JSON.stringify({
        src: './src',
        schema: relative(dir, SCHEMA),
        language: 'typescript',
        artifactDirectory: './src/__generated__',
        eagerEsModules: true,
      }),
    );
    try {
      const output = execFileSync(process.execPath, [COMPILER, '--noWatchman', 'relay.config.json'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      return { ok: true, output };
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  }

  it('compiles every example operation against the schema', () => {
    const { ok, output } = compile(project, EXAMPLES);
    expect(ok, output).toBe(true);
    const artifacts = readdirSync(join(project, 'src', '__generated__')).sort();
    expect(artifacts).toEqual(EXAMPLES.map((e) => `${e.name}Query.graphql.ts`).sort());
  });

  it('refuses an operation that does not fit the schema (so the check above is real)', () => {
    const dir = mkdtempSync(join(project, 'invalid-'));
    const { ok, output } = compile(dir, [
      { name: 'Broken', text: 'query Broken { sectors { edges { node { id nameThatDoesNotExist } } } }' },
    ]);
    expect(ok).toBe(false);
    expect(output).toMatch(/nameThatDoesNotExist/);
  });

  it('runs every compiled operation with relay-runtime, with the same answer as a plain POST', async () => {
    const network = Network.create(async (params, variables) => {
      const response = await fetch(`${target.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: params.text, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    });
    const environment = new Environment({ network, store: new Store(new RecordSource()) });
    for (const example of EXAMPLES) {
      const artifact = (await import(
        join(project, 'src', '__generated__', `${example.name}Query.graphql.ts`)
      )) as {
        default: ConcreteRequest;
      };
      const data = await fetchQuery(environment, artifact.default, example.variables).toPromise();
      expect(withoutTypenames(data), example.name).toEqual(
        withoutTypenames(target.reference.get(example.name)),
      );
    }
  });
});
