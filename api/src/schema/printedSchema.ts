import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { schema } from './index.js';

/**
 * graphql is loaded through `require` on purpose: Pothos (a Node dependency) gets graphql's
 * CommonJS build, while a bundler-style resolver (vitest) would hand this file the ESM build, and
 * graphql refuses to mix the two.
 */
const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQL;

/** The SDL of the served schema, sorted, as committed in `api/schema.graphql`. */
export function printedSchema(): string {
  return `${graphql.printSchema(graphql.lexicographicSortSchema(schema))}\n`;
}

/** Every type, field, argument and enum value the schema leaves undescribed. */
export function undescribedSchemaElements(): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      type.name.startsWith('__') ||
      graphql.specifiedScalarTypes.some((s) => s.name === type.name)
    ) {
      continue;
    }
    if (!type.description) missing.push(type.name);
    if (
      graphql.isObjectType(type) ||
      graphql.isInterfaceType(type) ||
      graphql.isInputObjectType(type)
    ) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (graphql.isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}
