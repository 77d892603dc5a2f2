import { Kind } from 'graphql';
import { ValidationError } from '../domain/errors.js';
import { isIsoDate } from '../domain/validation/fields.js';
import { builder } from './builder.js';

/** The field is unknown here; `app/maskError.ts` names it from the variable path. */
function parseDate(value: unknown): string {
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw new ValidationError('', 'A Date is a real calendar date written as YYYY-MM-DD.');
}

function parseDateTime(value: unknown): string {
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(value) &&
    !Number.isNaN(Date.parse(value))
  ) {
    return new Date(value).toISOString();
  }
  throw new ValidationError(
    '',
    'A DateTime is an ISO-8601 date and time such as 2026-03-01T09:30:00Z.',
  );
}

builder.scalarType('Date', {
  description: 'A calendar date as YYYY-MM-DD (no time, no time zone).',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: 'A moment in time as ISO-8601 in UTC, e.g. 2026-03-01T09:30:00.000Z.',
  serialize: (value) => value,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
