import { describe, expect, it } from 'vitest';

import { parseCommandLine, UsageError } from '../../src/cli/args.js';

const SEED = { options: { 'dry-run': { type: 'boolean', default: false } } } as const;

describe('parseCommandLine', () => {
  it('reads the flags it knows', () => {
    expect(parseCommandLine(SEED, 'usage', ['--dry-run']).values['dry-run']).toBe(true);
    expect(parseCommandLine(SEED, 'usage', []).values['dry-run']).toBe(false);
  });

  it.each([
    [['--dryrun'], "Unknown option '--dryrun'"],
    [['-n'], "Unknown option '-n'"],
    [['seeds'], "Unexpected argument 'seeds'"],
  ])('refuses %j, naming it', (args, message) => {
    expect(() => parseCommandLine(SEED, 'usage: seed', args)).toThrow(UsageError);
    expect(() => parseCommandLine(SEED, 'usage: seed', args)).toThrow(message);
  });

  it('refuses a flag without its value', () => {
    expect(() => parseCommandLine({ options: { format: { type: 'string' } } }, 'usage', ['--format'])).toThrow(
      /'--format <value>' argument missing/,
    );
  });
});
