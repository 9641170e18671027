/**
 * `npm run neo4j:local`: Neo4j 5 in the foreground on 127.0.0.1, without Docker.
 *
 * Builds the launcher with Maven when it is missing or older than its sources (the first run
 * downloads Neo4j's jars from Maven Central into ~/.m2; later runs work offline), then runs it
 * with plain `java` in this process's place: SIGINT/SIGTERM reach the JVM, which shuts Neo4j
 * down cleanly, and this process exits with the JVM's code.
 *
 * Environment: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (ilo-graph-dev, development only),
 * NEO4J_LOCAL_DIR (./data/neo4j-local), NEO4J_LOCAL_HEAP (1g), NEO4J_LOCAL_PAGECACHE_MB (256),
 * NEO4J_LOCAL_JAVA (the java binary; default `java` on PATH).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const classpathFile = join(here, 'target', 'classpath.txt');
const classesDir = join(here, 'target', 'classes');

function fail(message: string): never {
  console.error(`neo4j-local: ${message}`);
  process.exit(2);
}

function onPath(command: string, versionFlag: string): boolean {
  const result = spawnSync(command, [versionFlag], { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Newest modification time among the launcher's sources (pom.xml and the Java files). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  if (!existsSync(classpathFile) || !existsSync(classesDir)) return false;
  const sources = Math.max(statSync(join(here, 'pom.xml')).mtimeMs, newestSource(join(here, 'src')));
  return statSync(classpathFile).mtimeMs >= sources;
}

function build(): void {
  if (!onPath('mvn', '--version')) {
    fail(
      'Maven (mvn) is not on PATH: install Maven 3 (Debian: apt-get install maven), or run Neo4j with `docker compose up -d neo4j`',
    );
  }
  console.error(
    'neo4j-local: building the launcher with Maven (the first run downloads Neo4j from Maven Central)',
  );
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '--no-transfer-progress', '-Dstyle.color=never', '-f', join(here, 'pom.xml'), 'package'],
    { stdio: 'inherit' },
  );
  if (result.status !== 0)
    fail(`the Maven build failed (exit ${result.status ?? result.signal}); see its output above`);
}

const java = process.env.NEO4J_LOCAL_JAVA || 'java';
if (!onPath(java, '-version')) {
  fail(
    `Java is not found (${java}): install a Java 17+ JDK (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_LOCAL_JAVA`,
  );
}
const heap = process.env.NEO4J_LOCAL_HEAP || '1g';
if (!/^\d+[mMgG]$/.test(heap)) fail(`NEO4J_LOCAL_HEAP must be a size such as 512m or 2g, got "${heap}"`);

if (!isBuilt()) build();

const classpath = [classesDir, readFileSync(classpathFile, 'utf8').trim()].join(delimiter);
const jvm = spawn(
  java,
  [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    // What Neo4j's own launcher passes: the page cache's direct buffers and native I/O.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-cp',
    classpath,
    'org.ilograph.neo4jlocal.Neo4jLocal',
  ],
  { stdio: 'inherit' },
);

// The JVM shuts Neo4j down on either signal; this process waits for it, then exits with its code.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => jvm.kill(signal));
jvm.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGTERM' || signal === 'SIGINT' ? 0 : 1)));
