/**
 * Builds the web pages (web/dist) with Vite, but only when their inputs changed since the last
 * build: `npm start` runs it first, so a fresh clone gets its explorer from `npm install && npm
 * start` with no network, and a start with nothing changed costs a hash of a few hundred files.
 *
 *   node --import tsx web/build.ts            build if stale
 *   node --import tsx web/build.ts --force    build anyway (npm run build:web)
 *   node --import tsx web/build.ts --check    exit 1 if stale, build nothing
 *
 * The inputs are the page sources (web/, build output aside), the example operations GraphiQL
 * preloads (schema/operations), and the lock file (the versions of everything bundled).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('.', import.meta.url));
export const ROOT_DIR = join(WEB_DIR, '..');
export const WEB_DIST_DIR = join(WEB_DIR, 'dist');
const STAMP = join(WEB_DIST_DIR, '.inputs-sha256');
const INPUTS = ['web', 'schema/operations', 'package-lock.json'];

/** Files under a path of the repository (build output aside), as repository-relative paths. */
function filesUnder(path: string): string[] {
  const full = join(ROOT_DIR, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => !(path === 'web' && (name === 'dist' || name === 'node_modules')))
    .flatMap((name) => filesUnder(join(path, name)));
}

/** SHA-256 over every input file's path and content, in a stable order. */
export function webInputsHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    hash.update(file).update('\0');
    hash.update(readFileSync(join(ROOT_DIR, file))).update('\0');
  }
  return hash.digest('hex');
}

/** True when web/dist was built from the current inputs. */
export function webBuildIsCurrent(): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === webInputsHash();
}

/** Runs Vite's production build and records the inputs it was built from. */
export async function buildWeb(): Promise<void> {
  const inputs = webInputsHash();
  const { build } = await import('vite');
  await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  writeFileSync(STAMP, `${inputs}\n`);
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--check')) {
    if (webBuildIsCurrent()) return;
    console.error('web/dist is missing or stale: run `npm run build:web`');
    process.exit(1);
  }
  if (!argv.includes('--force') && webBuildIsCurrent()) return;
  const started = Date.now();
  console.log('Building the web pages (web/dist) with Vite...');
  await buildWeb();
  console.log(`Built the web pages in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error('Building the web pages failed:', error);
    process.exit(1);
  });
}
