import 'reflect-metadata';

import { IsOptional, MaxLength, Min } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';

import { validateArgument } from '../../src/graph/argument-validation.js';

/** A synthetic input class: not one of the API's, its constraints picked to fail on purpose. */
class SyntheticInput {
  @MaxLength(3)
  code!: string;

  @IsOptional()
  @Min(1)
  count?: number;

  @Min(0)
  weight?: number;
}

/** Declares nothing of its own: its constraints are its parent's. */
class SyntheticChildInput extends SyntheticInput {}

/** No constraint at all. */
class SyntheticFreeInput {
  code!: string;
}

const of = (fields: Partial<SyntheticInput>): SyntheticInput => Object.assign(new SyntheticInput(), fields);
const validate = (value: unknown): Promise<void> => Promise.resolve(validateArgument(value, SyntheticInput, {} as never));

describe('argument validation', () => {
  it('accepts an input that meets its constraints, and skips the optional fields left out', async () => {
    await expect(validate(of({ code: 'ABC' }))).resolves.toBeUndefined();
    await expect(validate(of({ code: 'ABC', count: 2, weight: 0 }))).resolves.toBeUndefined();
  });

  it('rejects a broken constraint as ArgumentValidationError, naming the property', async () => {
    const error: unknown = await validate(of({ code: 'ABCD', count: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentValidationError);
    expect((error as ArgumentValidationError).extensions.validationErrors.map((e) => e.property).sort()).toEqual(['code', 'count']);
  });

  it('checks a class that only inherits its constraints, and passes one that has none', async () => {
    const child = Object.assign(new SyntheticChildInput(), { code: 'ABCD' });
    await expect(validate(child)).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validate(Object.assign(new SyntheticFreeInput(), { code: 'ABCD' }))).resolves.toBeUndefined();
  });

  it('checks every object of a list argument', async () => {
    await expect(validate([of({ code: 'A' }), of({ code: 'TOO LONG' })])).rejects.toBeInstanceOf(ArgumentValidationError);
    await expect(validate([of({ code: 'A' }), null, 'text'])).resolves.toBeUndefined();
  });

  it('leaves scalars and absent arguments alone', async () => {
    for (const value of [null, undefined, 'a string', 42, true]) await expect(validate(value)).resolves.toBeUndefined();
  });
});
