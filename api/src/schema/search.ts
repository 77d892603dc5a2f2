import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerScopeOf } from '../auth/registerScope.js';
import { MAX_SEARCH_TEXT_LENGTH } from '../services/searchQuery.js';
import {
  DEFAULT_SEARCH_RESULTS,
  MAX_SEARCH_RESULTS,
  type SearchHit,
  searchRegister,
} from '../services/searchService.js';
import { builder } from './builder.js';

/** The kind of a stakeholder, shared by search hits and network nodes. */
export const SearchKindRef = builder.enumType('SearchKind', {
  description:
    'The kinds of stakeholder in the register that search and the network explorer show.',
  values: {
    PERSON: { description: 'A person: a resident, a contact, or an official of the municipality.' },
    ORGANIZATION: {
      description:
        'An organization: association, business, institution, network or municipal team.',
    },
    INITIATIVE: { description: "A residents' initiative or pilot." },
    AREA: { description: 'An area: the municipality, a kern, a wijk or a buurt.' },
    THEME: { description: 'A theme such as food, care, green or sport.' },
  } as const,
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'One stakeholder that matches a search, with what a type-ahead list shows of it.',
  fields: (t) => ({
    id: t.id({
      description: 'The global id of the stakeholder (resolvable with `node`).',
      resolve: (hit) => encodeGlobalID(labelOf(hit.kind), hit.id),
    }),
    kind: t.field({
      type: SearchKindRef,
      description: 'What kind of stakeholder this is.',
      resolve: (hit) => hit.kind,
    }),
    label: t.exposeString('label', {
      description: 'The name of the person, organization, area or theme, or the initiative title.',
    }),
    sublabel: t.exposeString('sublabel', {
      nullable: true,
      description:
        'A hint that tells namesakes apart: the organization kind, area level, official role or initiative status, as its enum value (null for residents and themes).',
    }),
    official: t.exposeBoolean('official', {
      description: 'Whether this person is an official of the municipality.',
    }),
    score: t.exposeFloat('score', {
      description: 'The relevance score; hits come best first. Only comparable within one search.',
    }),
  }),
});

const typenameByKind = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  INITIATIVE: 'Initiative',
  AREA: 'Area',
  THEME: 'Theme',
} as const;

const labelOf = (kind: SearchHit['kind']) => typenameByKind[kind];

builder.queryField('search', (t) =>
  t.field({
    authScopes: { register: true },
    type: [SearchHitRef],
    description:
      'Type-ahead search over people, organizations, initiatives, areas and themes by name or title: case- and accent-insensitive ("marienvelde" finds "Mariënvelde"), every word must match and the last may be unfinished ("lieve" finds "Lievelde"), best match first.',
    args: {
      text: t.arg.string({
        required: true,
        description: `What the user typed: 1 to ${MAX_SEARCH_TEXT_LENGTH} characters, not only spaces.`,
      }),
      kinds: t.arg({
        type: [SearchKindRef],
        required: false,
        description: 'Only find these kinds of stakeholder; absent or empty means every kind.',
      }),
      first: t.arg.int({
        required: false,
        defaultValue: DEFAULT_SEARCH_RESULTS,
        description: `How many hits to return, 1 to ${MAX_SEARCH_RESULTS}.`,
      }),
    },
    resolve: async (_root, args, ctx) =>
      searchRegister(ctx.db, await registerScopeOf(ctx), {
        text: args.text,
        kinds: args.kinds,
        first: args.first,
      }),
  }),
);
