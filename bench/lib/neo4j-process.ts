import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (CLK_TCK, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * The Neo4j process serving a bolt URI on this machine, when it is one `npm run neo4j:local`
 * started (a java process whose NEO4J_BOLT_PORT is the URI's port, or unset for 7687): the
 * benchmark reports its CPU time per request and its memory beside the API's. Undefined for a
 * remote Neo4j, or where /proc cannot be read.
 */
export function localNeo4jProcess(uri: string): Neo4jProcess | undefined {
  const url = /^[a-z+]+:\/\/(127\.0\.0\.1|localhost)(?::(\d+))?/.exec(uri);
  if (!url) return undefined;
  const port = url[2] ?? '7687';
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
        if (!cmdline.startsWith('java\0') || !cmdline.includes('neo4j-local')) continue;
        const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
        const own = environ.find((v) => v.startsWith('NEO4J_BOLT_PORT='))?.split('=')[1] ?? '7687';
        if (own === port) return new Neo4jProcess(Number(entry));
      } catch {
        // a process that ended, or one we may not read
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export class Neo4jProcess {
  constructor(readonly pid: number) {}

  /** User + system CPU time so far, in ms. */
  cpuMs(): number {
    // Fields after the command name (which may hold spaces, in parentheses): utime is the 12th, stime the 13th.
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  }

  /** Resident set size in MiB (heap, page cache and the JVM's own). */
  rssMiB(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  }
}
