import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadFromSDL, minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { describe, expect, it } from 'vitest';
import { searchQuery, stakeholderDetailsQuery } from './explorerOperations';

const schemaFile = fileURLToPath(new URL('../../../api/schema.graphql', import.meta.url));
const outputFile = fileURLToPath(new URL('./graphql-env.d.ts', import.meta.url));

describe('the typed GraphQL operations', () => {
  it('are typed from the current api/schema.graphql (run `pnpm codegen` when this fails)', async () => {
    const { introspection } = await loadFromSDL({ file: schemaFile }).load();
    const expected = outputIntrospectionFile(minifyIntrospection(introspection), {
      fileType: outputFile,
      shouldPreprocess: true,
    });
    expect(await readFile(outputFile, 'utf8')).toBe(expected);
  });

  it('send the operation text with the fragments it spreads', () => {
    expect(searchQuery.name).toBe('SearchStakeholders');
    expect(stakeholderDetailsQuery.name).toBe('StakeholderDetails');
    for (const fragment of ['EntityRefFields', 'LinkFields', 'ContactFields', 'PersonRefFields']) {
      expect(stakeholderDetailsQuery.query).toContain(`fragment ${fragment} on`);
    }
  });
});
