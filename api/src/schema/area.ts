import { encodeGlobalID } from '@pothos/plugin-relay';
import { createArea, deleteArea, listAreas, updateArea } from '../services/areaService.js';
import { childrenOfArea } from '../services/requestLoaders.js';
import { writeMetaFor } from '../services/writeMeta.js';
import { builder } from './builder.js';
import { pageOf } from './connections.js';
import { DeletionRef } from './deletion.js';
import { optionalUuidOf, uuidOf } from './globalIds.js';
import { RecordedRef } from './recorded.js';
import { AreaRef } from './refs.js';
import { AreaLevelEnum } from './vocabulary.js';

AreaRef.implement({
  authScopes: { register: true },
  description: 'A municipality, kern, wijk or buurt; areas nest (a buurt is PART_OF a wijk, …).',
  interfaces: [RecordedRef],
  isTypeOf: (value) => (value as { label?: string }).label === 'Area',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name, e.g. Lievelde.' }),
    level: t.field({
      type: AreaLevelEnum,
      description: 'How large it is.',
      resolve: (a) => a.level,
    }),
    cbsCode: t.exposeString('cbsCode', {
      nullable: true,
      description: 'Its CBS code (GM…, WK…, BU…), unique.',
    }),
    postcodes: t.exposeStringList('postcodes', { description: 'The four-digit postcodes in it.' }),
    geometry: t.exposeString('geometry', {
      nullable: true,
      description: 'Its outline as GeoJSON text (Polygon or MultiPolygon).',
    }),
    parent: t.field({
      type: AreaRef,
      nullable: true,
      description: 'The area it lies in (none for the municipality).',
      resolve: (a) => a.parentId,
    }),
    children: t.field({
      type: [AreaRef],
      description: 'The areas directly inside it, by name.',
      resolve: (a, _args, ctx) => childrenOfArea(ctx).load(a.id),
    }),
  }),
});

const text = {
  name: 'Its name (1 to 200 characters).',
  cbsCode: 'CBS code such as GM1586, WK158600 or BU15860000 (unique).',
  postcodes: 'Four-digit postcodes in it (at most 500).',
  geometry: 'Its outline as GeoJSON text (Polygon, MultiPolygon, or a Feature of one).',
  parentId: 'The larger area it lies in (its level must be larger).',
} as const;

const CreateAreaInput = builder.inputType('CreateAreaInput', {
  description: 'A new area.',
  fields: (t) => ({
    name: t.string({ required: true, description: text.name }),
    level: t.field({ type: AreaLevelEnum, required: true, description: 'How large it is.' }),
    cbsCode: t.string({ description: text.cbsCode }),
    postcodes: t.stringList({ description: text.postcodes }),
    geometry: t.string({ description: text.geometry }),
    parentId: t.id({ description: text.parentId }),
  }),
});

const UpdateAreaInput = builder.inputType('UpdateAreaInput', {
  description:
    'Changes to an area: leave a field out to keep it, give null to clear it (parentId null: top level).',
  fields: (t) => ({
    name: t.string({ description: text.name }),
    level: t.field({ type: AreaLevelEnum, description: 'How large it is.' }),
    cbsCode: t.string({ description: text.cbsCode }),
    postcodes: t.stringList({ description: text.postcodes }),
    geometry: t.string({ description: text.geometry }),
    parentId: t.id({ description: text.parentId }),
  }),
});

const AreaFilter = builder.inputType('AreaFilter', {
  description: 'Narrows the list of areas.',
  fields: (t) => ({
    level: t.field({ type: AreaLevelEnum, description: 'Of this level.' }),
    parentId: t.id({ description: 'Directly inside this area.' }),
  }),
});

builder.queryField('areas', (t) =>
  t.connection(
    {
      authScopes: { register: true },
      type: AreaRef,
      description: 'Areas, by name.',
      args: { filter: t.arg({ type: AreaFilter, description: 'Narrow the list.' }) },
      resolve: (_root, args, ctx) =>
        pageOf(args, (page) =>
          listAreas(
            ctx.db,
            {
              level: args.filter?.level,
              parentId: optionalUuidOf(args.filter?.parentId, 'Area', 'filter.parentId'),
            },
            page,
          ),
        ),
    },
    { description: 'A page of areas.' },
    { description: 'An area in a page of areas.' },
  ),
);

builder.mutationField('createArea', (t) =>
  t.field({
    authScopes: { register: true },
    type: AreaRef,
    description: 'Adds an area. CONFLICT when its CBS code is taken.',
    args: { input: t.arg({ type: CreateAreaInput, required: true, description: 'The area.' }) },
    resolve: (_root, { input }, ctx) =>
      createArea(ctx.db, writeMetaFor(ctx.viewer), {
        ...input,
        parentId: optionalUuidOf(input.parentId, 'Area', 'parentId'),
      }),
  }),
);

builder.mutationField('updateArea', (t) =>
  t.field({
    authScopes: { register: true },
    type: AreaRef,
    description: 'Changes an area or moves it to another parent (never inside itself).',
    args: {
      id: t.arg.id({ required: true, description: 'The global id of the area.' }),
      input: t.arg({ type: UpdateAreaInput, required: true, description: 'The changes.' }),
    },
    resolve: (_root, { id, input }, ctx) =>
      updateArea(ctx.db, writeMetaFor(ctx.viewer), uuidOf(id, 'Area'), {
        ...input,
        parentId: optionalUuidOf(input.parentId, 'Area', 'parentId'),
      }),
  }),
);

builder.mutationField('deleteArea', (t) =>
  t.field({
    authScopes: { register: true },
    type: DeletionRef,
    description: 'Removes an area and its links. CONFLICT while other areas lie inside it.',
    args: { id: t.arg.id({ required: true, description: 'The global id of the area.' }) },
    resolve: async (_root, { id }, ctx) => {
      const uuid = await deleteArea(ctx.db, uuidOf(id, 'Area'));
      return { id: encodeGlobalID('Area', uuid) };
    },
  }),
);
