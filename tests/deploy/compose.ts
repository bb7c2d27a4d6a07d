/**
 * What Docker Compose makes of docker-compose.yml, for machines without Docker: the variable
 * interpolation of the Compose specification, the environment each container gets, and its
 * healthcheck (from the file, or from the Dockerfile's HEALTHCHECK for a service built here).
 */
import { execFile } from 'node:child_process';

export type Env = Record<string, string | undefined>;

export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number)[];
  healthcheck?: {
    test?: string | string[];
    interval?: string;
    timeout?: string;
    retries?: number;
    start_period?: string;
    disable?: boolean;
  };
  depends_on?: Record<string, { condition?: string }> | string[];
}

export class InterpolationError extends Error {}

/**
 * `$$` is a literal `$`; `${VAR}` and `$VAR` take the host's value; `:-`/`-` give a default when
 * unset (or empty, with the colon); `:?`/`?` refuse to start; `:+`/`+` substitute when set.
 */
export function interpolate(value: string, host: Env): string {
  const pattern = /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;
  return value.replace(
    pattern,
    (_match, dollar?: string, braced?: string, colon?: string, operator?: string, word?: string, bare?: string) => {
      if (dollar !== undefined) return '$';
      const name = (braced ?? bare)!;
      const current = host[name];
      const unset = current === undefined || (colon === ':' && current === '');
      switch (operator) {
        case undefined:
          return current ?? '';
        case '-':
          return unset ? interpolate(word ?? '', host) : current!;
        case '?':
          if (unset) throw new InterpolationError(`required variable ${name} is missing a value: ${word ?? ''}`);
          return current!;
        case '+':
          return unset ? '' : interpolate(word ?? '', host);
        default:
          throw new Error(`unexpected operator ${operator}`);
      }
    },
  );
}

/** The service's `environment:` as the container sees it (a map or a list of NAME=value). */
export function serviceEnvironment(service: ComposeService, host: Env): Record<string, string> {
  const raw = service.environment ?? {};
  const entries: [string, string | undefined][] = Array.isArray(raw)
    ? raw.map((line) => {
        const at = line.indexOf('=');
        // `- NAME` alone passes the host's value through.
        return at < 0 ? [line, host[line]] : [line.slice(0, at), line.slice(at + 1)];
      })
    : Object.entries(raw).map(([name, value]) => [name, value === null ? host[name] : String(value)]);
  return Object.fromEntries(
    entries.filter((entry): entry is [string, string] => entry[1] !== undefined).map(([name, value]) => [name, interpolate(value, host)]),
  );
}

export interface Dockerfile {
  env: Record<string, string>;
  /** The HEALTHCHECK of the last stage, as an exec-form argument list or a shell command. */
  healthcheck: string[] | string | undefined;
}

/** The last stage's ENV and HEALTHCHECK (what the running container gets). */
export function readDockerfile(text: string): Dockerfile {
  const instructions = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  let env: Record<string, string> = {};
  let healthcheck: Dockerfile['healthcheck'];
  for (const line of instructions) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = line.slice(keyword.length).trim();
    switch (keyword.toUpperCase()) {
      case 'FROM':
        env = {};
        healthcheck = undefined;
        break;
      case 'ENV':
        for (const pair of rest) {
          const at = pair.indexOf('=');
          if (at > 0) env[pair.slice(0, at)] = pair.slice(at + 1);
        }
        break;
      case 'HEALTHCHECK': {
        if (/^NONE$/i.test(args)) {
          healthcheck = undefined;
          break;
        }
        const command = args.replace(/^(--[a-z-]+=\S+\s+)*CMD\s+/i, '');
        healthcheck = command.startsWith('[') ? (JSON.parse(command) as string[]) : command;
        break;
      }
    }
  }
  return { env, healthcheck };
}

export interface HealthcheckRun {
  exitCode: number;
  output: string;
}

/** Runs a healthcheck test as the Docker engine does: CMD directly, CMD-SHELL (or a string) under /bin/sh -c. */
export function runHealthcheck(test: string | string[], env: Record<string, string>, timeoutMs = 20_000): Promise<HealthcheckRun> {
  let argv: string[];
  if (typeof test === 'string') argv = ['/bin/sh', '-c', test];
  else if (test[0] === 'CMD-SHELL') argv = ['/bin/sh', '-c', test.slice(1).join(' ')];
  else if (test[0] === 'CMD') argv = test.slice(1);
  else argv = test;
  const [file, ...args] = argv;
  return new Promise((resolve) => {
    execFile(file!, args, { env, timeout: timeoutMs }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ exitCode: code, output: `${stdout}${stderr}` });
    });
  });
}
