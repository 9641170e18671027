import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { loadConfig } from '../../src/config.js';
import { parseDockerfile } from '../helpers/dockerfile.js';

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  profiles?: string[];
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** Compose's `${NAME:-default}`, as it substitutes it with NAME unset. */
const substituted = (env: Record<string, string>) =>
  Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{\w+:-([^}]*)\}/g, '$1')]));

/**
 * docker-compose.yml and the Dockerfile cannot be run where Docker is absent (our machines); what
 * can be checked without it is checked here: the services' settings pass the server's own
 * configuration check, the API waits for a healthy Neo4j, the graph is kept in a volume, and the
 * files agree with each other and with the Neo4j the tests run on. test/neo4j/dockerfile.test.ts
 * runs the image's steps.
 */
describe('deployment files', () => {
  const { neo4j, api, seed } = compose.services;

  it('starts the API on Neo4j once Neo4j answers queries, with settings the server accepts', () => {
    expect(api?.build).toBe('.');
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/cypher-shell .*RETURN 1/);
    const config = loadConfig({ NODE_ENV: 'production', ...substituted(api!.environment!) });
    expect(config.store).toMatchObject({
      kind: 'neo4j',
      uri: 'bolt://neo4j:7687',
      password: 'ilo-graph-dev',
    });
    expect(neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-ilo-graph-dev}');
  });

  it('keeps the graph in a named volume', () => {
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('runs the seed job with the compiled seed command the image holds', () => {
    expect(seed?.profiles).toEqual(['seed']);
    expect(seed?.command).toEqual(['node', 'dist/seed/cli.js']);
    expect(packageJson.scripts['seed:dist']).toBe('exec node dist/seed/cli.js');
    expect(loadConfig(substituted(seed!.environment!)).store.kind).toBe('neo4j');
  });

  it('uses the Neo4j release line the tests run on', () => {
    const pom = readFileSync('neo4j-local/pom.xml', 'utf8');
    const tested = /<neo4j.version>(\d+\.\d+)\./.exec(pom)?.[1];
    expect(neo4j?.image).toBe(`neo4j:${tested}-community`);
  });

  it('builds an image that runs as a non-root user, probes /health and starts the compiled server', () => {
    const instructions = parseDockerfile(readFileSync('Dockerfile', 'utf8'));
    const last = instructions.slice(instructions.findLastIndex((i) => i.keyword === 'FROM'));
    expect(last.find((i) => i.keyword === 'USER')?.args).toBe('node');
    expect(last.find((i) => i.keyword === 'HEALTHCHECK')?.args).toMatch(/\/health/);
    expect(JSON.parse(last.find((i) => i.keyword === 'CMD')!.args)).toEqual(['node', 'dist/src/index.js']);
    expect(packageJson.scripts['start:dist']).toBe('exec node dist/src/index.js');
  });
});
