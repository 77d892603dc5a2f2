import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { printedSchema, undescribedSchemaElements } from './printedSchema.js';

describe('the committed schema', () => {
  it('matches api/schema.graphql (run `pnpm schema:print` after changing the API)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../schema.graphql', import.meta.url)),
      'utf8',
    );
    expect(printedSchema()).toBe(committed);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribedSchemaElements()).toEqual([]);
  });
});
