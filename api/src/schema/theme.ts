import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTheme, deleteTheme, listThemes, updateTheme } from '../services/themeService.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { uuidOf } from './globalIds.js';
import { RecordedRef } from './recorded.js';
import { ThemeRef } from './refs.js';

ThemeRef.implement({
  authScopes: { register: true },
  description: 'A theme people and organizations are active in: food, care, green, sport, …',
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Theme',
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'Its name; unique regardless of case and accents.',
    }),
  }),
});

const ThemeInput = builder.inputType('ThemeInput', {
  description: 'A theme.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name (1 to 100 characters, unique).' }),
  }),
});

builder.queryField('themes', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: ThemeRef,
      description: 'All themes, by name.',
      resolve: (_root, args, ctx) => pageOf(args, (page) => listThemes(ctx.db, page)),
    },
    { description: 'A page of themes.' },
    { description: 'A theme in a page of themes.' },
  ),
);

builder.mutationField('createTheme', (t) =>
  t.field({
    authScopes: { register: true },
    type: ThemeRef,
    description: 'Adds a theme. CONFLICT when a theme of that name exists.',
    args: { input: t.arg({ type: ThemeInput, required: true, description: 'The theme.' }) },
    resolve: (_root, { input }, ctx) => createTheme(ctx.db, writeMetaFor(ctx.viewer), input),
  }),
);

builder.mutationField('updateTheme', (t) =>
  t.field({
    authScopes: { register: true },
    type: ThemeRef,
    description: 'Renames a theme. CONFLICT when another theme has that name.',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the theme.' }),
      input: t.arg({ type: ThemeInput, required: true, description: 'The new name.' }),
    },
    resolve: (_root, { id, input }, ctx) =>
      updateTheme(ctx.db, writeMetaFor(ctx.viewer), uuidOf(id, 'Theme'), input),
  }),
);

builder.mutationField('deleteTheme', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes a theme and every link to it.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the theme.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deleteTheme(ctx.db, uuidOf(id, 'Theme'));
      return { id: encodeGlobalID('Theme', uuid) };
    },
  }),
);
