import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import type { GraphVerdict } from '../graph-integrity.js';
import type { KuzuStoreOptions } from './kuzu-store.js';

/** What probing a database in a child process found. */
export type ProbeResult =
  | { kind: 'verdict'; verdict: GraphVerdict }
  /** The engine refused to open or read it (a lock, a corrupt file...): its message. */
  | { kind: 'error'; message: string }
  /** The child died (a native crash while opening or reading), or did not answer in time. */
  | { kind: 'crashed'; how: string };

const PROBE_TIMEOUT_MS = 120_000;

/**
 * Opens the database in a child process and checks its graph there (probe-database.ts), so that
 * a native crash on a damaged file is the child's, not the server's.
 */
export function probeDatabase(options: KuzuStoreOptions, expectedFingerprint?: string): Promise<ProbeResult> {
  const source = import.meta.url.endsWith('.ts');
  const script = fileURLToPath(new URL(`./probe-database.${source ? 'ts' : 'js'}`, import.meta.url));
  const child = spawn(
    process.execPath,
    [...(source ? ['--import', 'tsx'] : []), script, JSON.stringify(options), expectedFingerprint ?? ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), PROBE_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = output.trim().split('\n').pop() ?? '';
      try {
        const parsed = JSON.parse(last) as { verdict?: GraphVerdict; error?: string };
        if (parsed.verdict) return resolve({ kind: 'verdict', verdict: parsed.verdict });
        if (parsed.error) return resolve({ kind: 'error', message: parsed.error });
      } catch {
        // No verdict line: it died first.
      }
      const tail = output.trim().split('\n').slice(-3).join(' | ').slice(0, 300);
      resolve({
        kind: 'crashed',
        how: signal ? `killed by ${signal}` : `exit code ${code}${tail ? `: ${tail}` : ''}`,
      });
    });
  });
}
