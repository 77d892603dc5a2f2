import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from '../cutPoints.js';
import { requireIndex, toIndexedGraph } from '../indexedGraph.js';
import { linkScoresOf } from '../linkPrediction.js';
import type { Placement } from './coverage.js';
import { type IntroductionIndex, prepareIntroductions } from './introductionIndex.js';

/** One reason for an introduction, in both languages the municipality works in. */
export interface Reason {
  nl: string;
  en: string;
}

export interface Introduction {
  id: string;
  score: number;
  mutualContacts: string[];
  reasons: Reason[];
}

export interface IntroductionOptions {
  /** Where people belong; used for shared themes across different areas. */
  placements?: ReadonlyMap<string, Placement>;
  /**
   * The placements and communities as typed arrays (`prepareIntroductions`), built once per graph
   * by the caller; built here from `placements` and `communities` when absent or stale.
   */
  prepared?: IntroductionIndex;
  /** Community per person (from Louvain): introducing across communities bridges them. */
  communities?: ReadonlyMap<string, number>;
  /** People already suggested and dismissed for this person: never suggested again. */
  dismissed?: ReadonlySet<string>;
  /** Themes an initiative needs: a candidate active in one gets a bonus and a reason. */
  neededThemes?: readonly string[];
  /** Display name per id for the reasons; the id by default. */
  labelOf?: (id: string) => string;
  /**
   * Whether a mutual contact may be named (the viewer's scope): the others are counted in the
   * reason ("… and 2 outside your areas") but neither named nor listed. All by default.
   */
  nameable?: (id: string) => boolean;
  /** How many suggestions; default 10. */
  limit?: number;
}

/** How much each purpose counts next to the Adamic–Adar structure score. */
export const purposeWeights = {
  sharedTheme: 0.5,
  differentArea: 0.5,
  bridgesCommunities: 0.5,
  neededTheme: 1,
} as const;

/**
 * Suggested introductions for one person: people not yet linked to them, scored by structure
 * (Adamic–Adar over mutual contacts) plus purpose (a shared theme, in different areas, bridging two
 * communities, a theme an initiative needs), each with its reasons in Dutch and English. Candidates
 * are the people two steps away and the people sharing a theme; dismissed ones are left out.
 */
export function suggestIntroductions(
  graph: Graph,
  person: string,
  options: IntroductionOptions = {},
): Introduction[] {
  return explainIntroductions(graph, person, rankIntroductions(graph, person, options), options);
}

/** A candidate as ranked: the score and which purposes it serves, before any text is written. */
export interface RankedIntroduction {
  id: string;
  score: number;
  sharesTheme: boolean;
  /** Shares a theme and lives in another kern. */
  inOtherArea: boolean;
  needed: boolean;
  bridges: boolean;
}

/**
 * The best `limit` candidates of `suggestIntroductions`, scored with numbers only (at 100,000
 * stakeholders tens of thousands of people share a theme with anyone), best first.
 */
export function rankIntroductions(
  graph: Graph,
  person: string,
  options: IntroductionOptions = {},
): RankedIntroduction[] {
  const indexed = toIndexedGraph(graph);
  const u = requireIndex(indexed, person);
  const { offsets, targets, ids } = indexed;
  const n = ids.length;
  const index =
    options.prepared?.indexed === indexed
      ? options.prepared
      : prepareIntroductions(graph, options.placements ?? new Map(), options.communities);
  const { themesOf, areasOf, membersOf, community, placed } = index;
  // Per node: 1 = excluded (the person, their contacts, dismissed), 2 = two steps away (mutual
  // contacts), 3 = shares a theme only.
  const EXCLUDED = 1;
  const TWO_STEPS = 2;
  const THEME_ONLY = 3;
  const state = new Uint8Array(n);
  state[u] = EXCLUDED;
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    state[targets[e] as number] = EXCLUDED;
  for (const id of options.dismissed ?? []) {
    const dismissed = indexed.indexOf.get(id);
    if (dismissed !== undefined) state[dismissed] = EXCLUDED;
  }
  const candidates: number[] = [];
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
    const w = targets[e] as number;
    for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f++) {
      const c = targets[f] as number;
      if (state[c] !== 0) continue;
      state[c] = TWO_STEPS;
      candidates.push(c);
    }
  }
  const hasOwn = placed[u] === 1;
  const ownTheme = new Uint8Array(index.themeNames.length);
  const ownArea = new Uint8Array(index.areaCount);
  const ownAreas = (areasOf.offsets[u + 1] as number) - (areasOf.offsets[u] as number);
  if (hasOwn) {
    for (let k = themesOf.offsets[u] as number; k < (themesOf.offsets[u + 1] as number); k++) {
      const theme = themesOf.values[k] as number;
      ownTheme[theme] = 1;
      for (
        let m = membersOf.offsets[theme] as number;
        m < (membersOf.offsets[theme + 1] as number);
        m++
      ) {
        const c = membersOf.values[m] as number;
        if (state[c] !== 0) continue;
        state[c] = THEME_ONLY;
        candidates.push(c);
      }
    }
    for (let k = areasOf.offsets[u] as number; k < (areasOf.offsets[u + 1] as number); k++)
      ownArea[areasOf.values[k] as number] = 1;
  }
  const neededTheme = new Uint8Array(index.themeNames.length);
  for (const theme of options.neededThemes ?? []) {
    const ordinal = index.themeOrdinal.get(theme);
    if (ordinal !== undefined) neededTheme[ordinal] = 1;
  }
  const mark = new Int32Array(n);
  let stamp = 0;
  const ownCommunity = community[u] as number;
  const top = new TopScores(options.limit ?? 10);
  for (const c of candidates) {
    let score = 0;
    let reasons = 0;
    if (state[c] === TWO_STEPS) {
      // Only people two steps away share a contact; for the others Adamic–Adar is 0.
      const structure = linkScoresOf(indexed, u, c, mark, ++stamp);
      score = structure.adamicAdar;
      reasons = structure.commonNeighbours;
    }
    let sharesTheme = false;
    let inOtherArea = false;
    let needed = false;
    if (hasOwn && placed[c] === 1) {
      for (let k = themesOf.offsets[c] as number; k < (themesOf.offsets[c + 1] as number); k++) {
        const theme = themesOf.values[k] as number;
        if (ownTheme[theme] === 1) sharesTheme = true;
        if (neededTheme[theme] === 1) needed = true;
      }
      if (sharesTheme) {
        score += purposeWeights.sharedTheme;
        reasons++;
        const theirAreas = (areasOf.offsets[c + 1] as number) - (areasOf.offsets[c] as number);
        let sameArea = false;
        for (let k = areasOf.offsets[c] as number; k < (areasOf.offsets[c + 1] as number); k++)
          if (ownArea[areasOf.values[k] as number] === 1) sameArea = true;
        inOtherArea = !sameArea && ownAreas > 0 && theirAreas > 0;
        if (inOtherArea) score += purposeWeights.differentArea;
      }
      if (needed) {
        score += purposeWeights.neededTheme;
        reasons++;
      }
    }
    const theirCommunity = community[c] as number;
    const bridges =
      !Number.isNaN(ownCommunity) &&
      !Number.isNaN(theirCommunity) &&
      ownCommunity !== theirCommunity;
    if (bridges) {
      score += purposeWeights.bridgesCommunities;
      reasons++;
    }
    if (reasons > 0)
      top.offer({ id: ids[c] as string, score, sharesTheme, inOtherArea, needed, bridges });
  }
  return top.sorted();
}

/** Each candidate's contacts in common with `person`, by id, sorted. */
export function mutualContacts(
  graph: Graph,
  person: string,
  candidates: readonly string[],
): Map<string, string[]> {
  const indexed = toIndexedGraph(graph);
  const u = requireIndex(indexed, person);
  const { offsets, targets, ids } = indexed;
  const markNeighbours = new Uint8Array(ids.length);
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    markNeighbours[targets[e] as number] = 1;
  const mutualOf = new Map<string, string[]>();
  for (const id of candidates) {
    const c = requireIndex(indexed, id);
    const mutual: string[] = [];
    for (let e = offsets[c] as number; e < (offsets[c + 1] as number); e++) {
      const w = targets[e] as number;
      if (markNeighbours[w]) mutual.push(ids[w] as string);
    }
    mutualOf.set(id, mutual.sort(compareIds));
  }
  return mutualOf;
}

/**
 * The reasons, in Dutch and English, for ranked candidates: mutual contacts (named only when
 * `nameable`), the shared themes, the other kernen, the themes an initiative needs, the bridge.
 */
export function explainIntroductions(
  graph: Graph,
  person: string,
  ranked: readonly RankedIntroduction[],
  options: Pick<IntroductionOptions, 'placements' | 'neededThemes' | 'labelOf' | 'nameable'> = {},
): Introduction[] {
  const label = options.labelOf ?? ((id: string) => id);
  const mutualOf = mutualContacts(
    graph,
    person,
    ranked.map((candidate) => candidate.id),
  );
  const own = options.placements?.get(person);
  return ranked.map((candidate) => {
    const { id, score } = candidate;
    const mutual = mutualOf.get(id) ?? [];
    const named = options.nameable ? mutual.filter(options.nameable) : mutual;
    const reasons: Reason[] = [];
    if (mutual.length > 0) reasons.push(mutualContactsReason(mutual.length, named.map(label)));
    const theirs = options.placements?.get(id);
    if (own && theirs && candidate.sharesTheme) {
      const shared = own.themes.filter((theme) => theirs.themes.includes(theme));
      reasons.push({
        nl: `allebei actief in ${shared.join(', ')}`,
        en: `both active in ${shared.join(', ')}`,
      });
      if (candidate.inOtherArea) {
        reasons.push({
          nl: `verschillende kernen (${own.areas.join('/')} en ${theirs.areas.join('/')})`,
          en: `different villages (${own.areas.join('/')} and ${theirs.areas.join('/')})`,
        });
      }
    }
    if (theirs && candidate.needed) {
      const wanted = (options.neededThemes ?? []).filter((theme) => theirs.themes.includes(theme));
      reasons.push({
        nl: `het initiatief zoekt ${wanted.join(', ')}`,
        en: `the initiative needs ${wanted.join(', ')}`,
      });
    }
    if (candidate.bridges)
      reasons.push({ nl: 'verbindt twee gemeenschappen', en: 'bridges two communities' });
    return { id, score, mutualContacts: named, reasons };
  });
}

/** "3 mutual contacts: Anna, Bert and 1 outside your areas", in both languages. */
export function mutualContactsReason(count: number, names: readonly string[]): Reason {
  const hidden = count - names.length;
  const list = (and: string, outside: string) => {
    if (hidden === 0) return names.join(', ');
    const rest = `${hidden} ${outside}`;
    return names.length === 0 ? rest : `${names.join(', ')} ${and} ${rest}`;
  };
  return {
    nl: `${count} ${count === 1 ? 'gemeenschappelijk contact' : 'gemeenschappelijke contacten'}: ${list('en', 'buiten uw gebieden')}`,
    en: `${count} mutual ${count === 1 ? 'contact' : 'contacts'}: ${list('and', 'outside your areas')}`,
  };
}

/**
 * The `limit` best of a stream of scored candidates (highest score first, then smallest id), kept
 * in a min-heap whose root is the worst one kept: each offer costs O(log limit), and only the
 * ones kept are sorted at the end, not every candidate.
 */
class TopScores {
  private readonly heap: RankedIntroduction[] = [];

  constructor(private readonly limit: number) {}

  /** Whether `a` ranks below `b` (lower score, or the same score and a larger id). */
  private static worse(a: { id: string; score: number }, b: { id: string; score: number }) {
    return a.score < b.score || (a.score === b.score && a.id > b.id);
  }

  offer(entry: RankedIntroduction): void {
    if (this.limit <= 0) return;
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopScores.worse(heap[i] as typeof entry, heap[parent] as typeof entry)) break;
        [heap[i], heap[parent]] = [heap[parent] as typeof entry, heap[i] as typeof entry];
        i = parent;
      }
      return;
    }
    if (!TopScores.worse(heap[0] as typeof entry, entry)) return;
    heap[0] = entry;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (
        left < heap.length &&
        TopScores.worse(heap[left] as typeof entry, heap[worst] as typeof entry)
      )
        worst = left;
      if (
        right < heap.length &&
        TopScores.worse(heap[right] as typeof entry, heap[worst] as typeof entry)
      )
        worst = right;
      if (worst === i) break;
      [heap[i], heap[worst]] = [heap[worst] as typeof entry, heap[i] as typeof entry];
      i = worst;
    }
  }

  /** The entries kept, best first. */
  sorted(): RankedIntroduction[] {
    return [...this.heap].sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  }
}
