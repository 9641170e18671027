import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

/** What a Dockerfile's last stage runs, once its stages are built in directories of the host. */
export interface BuiltImage {
  /** The last stage's directory: what the image's WORKDIR holds. */
  dir: string;
  /** ENV of the last stage. */
  env: Record<string, string>;
  user: string | undefined;
  /** CMD, exec form. */
  cmd: string[];
  /** HEALTHCHECK's CMD, exec form. */
  healthcheck: string[] | undefined;
  stopSignal: string | undefined;
}

interface Instruction {
  keyword: string;
  args: string;
}

/** The instructions of a Dockerfile: comments dropped, continued lines joined. */
export function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return logical.map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    return { keyword: keyword!.toUpperCase(), args: rest.join(' ') };
  });
}

/** KEY=value pairs (ENV, ARG), values possibly double-quoted. */
function pairs(args: string): [string, string][] {
  return [...args.matchAll(/(\w+)=("([^"]*)"|\S*)/g)].map((m) => [m[1]!, m[3] ?? m[2]!]);
}

/**
 * Builds a Dockerfile's stages on the host, each in a directory of its own under `into` (the
 * stage's WORKDIR): COPY from the repository or from an earlier stage, RUN with `sh -c` there
 * (build mounts such as npm's cache are the host's own), ARG and ENV as the build would set them.
 * FROM's image is not pulled: the host's Node and tools stand in for it. Why: Docker cannot run
 * everywhere the tests run, and this still proves the install, build and start steps themselves.
 */
export function buildOnHost(
  dockerfile: string,
  into: string,
  buildArgs: Record<string, string> = {},
): BuiltImage {
  const context = join(dockerfile, '..');
  const stages = new Map<string, string>();
  let dir = '';
  let workdir = '/';
  let env: Record<string, string> = {};
  let image: BuiltImage | undefined;
  for (const { keyword, args } of parseDockerfile(readFileSync(dockerfile, 'utf8'))) {
    switch (keyword) {
      case 'FROM': {
        const name = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? `stage${stages.size}`;
        dir = join(into, name);
        mkdirSync(dir, { recursive: true });
        stages.set(name, dir);
        env = {};
        image = { dir, env, user: undefined, cmd: [], healthcheck: undefined, stopSignal: undefined };
        break;
      }
      case 'WORKDIR':
        workdir = args;
        break;
      case 'ARG':
        for (const [key, value] of pairs(args)) env[key] = buildArgs[key] ?? value;
        break;
      case 'ENV':
        for (const [key, value] of pairs(args)) env[key] = value;
        break;
      case 'COPY': {
        const from = /--from=(\S+)/.exec(args)?.[1];
        const paths = args.split(/\s+/).filter((p) => !p.startsWith('--'));
        const dest = join(dir, paths.pop()!);
        for (const source of paths) {
          const origin = from ? join(stages.get(from)!, relative(workdir, source)) : join(context, source);
          const target = dest.endsWith('/') || paths.length > 1 ? join(dest, basename(source)) : dest;
          cpSync(origin, target, { recursive: true });
        }
        break;
      }
      case 'RUN': {
        const command = args.replace(/^(--\S+\s+)+/, '');
        execFileSync('sh', ['-c', command], {
          cwd: dir,
          // npm may answer from its cache without asking the registry: the lock file pins every version.
          env: { ...process.env, npm_config_prefer_offline: 'true', ...env },
          stdio: 'pipe',
          maxBuffer: 64 * 1024 * 1024,
        });
        break;
      }
      case 'USER':
        image!.user = args;
        break;
      case 'CMD':
        image!.cmd = JSON.parse(args) as string[];
        break;
      case 'HEALTHCHECK':
        image!.healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim()) as string[];
        break;
      case 'STOPSIGNAL':
        image!.stopSignal = args;
        break;
      default:
        // EXPOSE and the like describe the image; nothing to build.
        break;
    }
  }
  if (!image) throw new Error(`${dockerfile} has no FROM`);
  return image;
}
