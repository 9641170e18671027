import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Where and on what a result was measured: results are only comparable on the same machine. */
export interface MachineInfo {
  cpuModel: string;
  cpus: number;
  totalMemGiB: number;
  platform: string;
  node: string;
  kuzu: string;
  /** 1-minute load average when the run started: other processes share the machine. */
  loadAverageAtStart: number;
  commit: string;
  /** Uncommitted changes under src/ when the run started (other engineers' work in progress). */
  srcUncommittedChanges: boolean;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

export function machineInfo(): MachineInfo {
  let kuzu = 'unknown';
  try {
    // kuzu's package exports do not include package.json: read it from node_modules.
    kuzu = (JSON.parse(readFileSync('node_modules/kuzu/package.json', 'utf8')) as { version: string })
      .version;
  } catch {
    // keep 'unknown'
  }
  return {
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    cpus: os.cpus().length,
    totalMemGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    kuzu,
    loadAverageAtStart: round(os.loadavg()[0] ?? 0, 2),
    commit: git(['rev-parse', '--short', 'HEAD']),
    srcUncommittedChanges: git(['status', '--porcelain', '--', 'src']) !== '',
  };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Resident set size in MiB. */
export function rssMiB(): number {
  return Math.round(process.memoryUsage().rss / 1024 ** 2);
}

/** A plain text table: a header row, a rule, the rows; columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
