import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command line the CLI cannot run: the message names the flag or argument at fault. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * `node:util` parseArgs, strictly: an unknown flag (`--dryrun` for `--dry-run`), a missing value or
 * a stray positional is a UsageError instead of being ignored, so a typo never runs a write.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string, args: string[] = process.argv.slice(2)) {
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      // Node's message ends with advice about positionals that starts with a dash; the flag is what matters.
      throw new UsageError((error as Error).message.split('. ')[0]!, usage);
    }
    throw error;
  }
}

/** How every CLI ends on a usage error: the reason, the usage, exit status 2. */
export function exitOnUsageError(command: string, error: unknown): void {
  if (error instanceof UsageError) {
    console.error(`treaty-graph ${command}: ${error.message}\n${error.usage}`);
    process.exit(2);
  }
}
