import type { AbstractGraph as Graph } from 'graphology-types';
import { compareIds } from '../cutPoints.js';
import { requireIndex, toIndexedGraph } from '../indexedGraph.js';
import { linkScoresOf } from '../linkPrediction.js';
import type { Placement } from './coverage.js';

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
   * The ids placed in each theme (from `placements`), so the people sharing a theme are found
   * without walking every placement; built from `placements` when absent.
   */
  byTheme?: ReadonlyMap<string, readonly string[]>;
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
  const indexed = toIndexedGraph(graph);
  const u = requireIndex(indexed, person);
  const { offsets, targets, ids } = indexed;
  const label = options.labelOf ?? ((id: string) => id);
  const excluded = new Set<number>([u]);
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    excluded.add(targets[e] as number);
  for (const id of options.dismissed ?? []) {
    const index = indexed.indexOf.get(id);
    if (index !== undefined) excluded.add(index);
  }
  const own = options.placements?.get(person);
  const candidates = new Set<number>();
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
    const w = targets[e] as number;
    for (let f = offsets[w] as number; f < (offsets[w + 1] as number); f++) {
      const c = targets[f] as number;
      if (!excluded.has(c)) candidates.add(c);
    }
  }
  if (own && options.placements) {
    const byTheme = options.byTheme ?? placedByTheme(options.placements);
    for (const theme of own.themes) {
      for (const id of byTheme.get(theme) ?? []) {
        const index = indexed.indexOf.get(id);
        if (index !== undefined && !excluded.has(index)) candidates.add(index);
      }
    }
  }
  const mark = new Int32Array(ids.length);
  const markNeighbours = new Uint8Array(ids.length);
  for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++)
    markNeighbours[targets[e] as number] = 1;
  let stamp = 0;
  const needed = options.neededThemes ?? [];
  const sharedThemes = (theirs: Placement | undefined) =>
    own && theirs ? own.themes.filter((theme) => theirs.themes.includes(theme)) : [];
  const neededThemes = (theirs: Placement | undefined) =>
    theirs ? needed.filter((theme) => theirs.themes.includes(theme)) : [];
  const inOtherArea = (theirs: Placement) =>
    own !== undefined &&
    own.areas.length > 0 &&
    theirs.areas.length > 0 &&
    !own.areas.some((area) => theirs.areas.includes(area));
  const ownCommunity = options.communities?.get(person);
  const bridges = (id: string) => {
    const theirCommunity = options.communities?.get(id);
    return (
      ownCommunity !== undefined && theirCommunity !== undefined && ownCommunity !== theirCommunity
    );
  };
  // First every candidate's score (numbers only: tens of thousands of candidates share a theme in
  // a large municipality), then the reasons for just the ones returned.
  const scored: { c: number; id: string; score: number }[] = [];
  for (const c of candidates) {
    const id = ids[c] as string;
    const structure = linkScoresOf(indexed, u, c, mark, ++stamp);
    const theirs = options.placements?.get(id);
    let score = structure.adamicAdar;
    let reasons = structure.commonNeighbours;
    if (own && theirs) {
      if (sharedThemes(theirs).length > 0) {
        score += purposeWeights.sharedTheme;
        reasons++;
        if (inOtherArea(theirs)) score += purposeWeights.differentArea;
      }
      if (neededThemes(theirs).length > 0) {
        score += purposeWeights.neededTheme;
        reasons++;
      }
    }
    if (bridges(id)) {
      score += purposeWeights.bridgesCommunities;
      reasons++;
    }
    if (reasons > 0) scored.push({ c, id, score });
  }
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  return scored.slice(0, options.limit ?? 10).map(({ c, id, score }) => {
    const mutual: string[] = [];
    for (let e = offsets[c] as number; e < (offsets[c + 1] as number); e++) {
      const w = targets[e] as number;
      if (markNeighbours[w]) mutual.push(ids[w] as string);
    }
    mutual.sort(compareIds);
    const named = options.nameable ? mutual.filter(options.nameable) : mutual;
    const reasons: Reason[] = [];
    if (mutual.length > 0) reasons.push(mutualContactsReason(mutual.length, named.map(label)));
    const theirs = options.placements?.get(id);
    const shared = sharedThemes(theirs);
    if (own && theirs && shared.length > 0) {
      reasons.push({
        nl: `allebei actief in ${shared.join(', ')}`,
        en: `both active in ${shared.join(', ')}`,
      });
      if (inOtherArea(theirs)) {
        reasons.push({
          nl: `verschillende kernen (${own.areas.join('/')} en ${theirs.areas.join('/')})`,
          en: `different villages (${own.areas.join('/')} and ${theirs.areas.join('/')})`,
        });
      }
    }
    const wanted = own ? neededThemes(theirs) : [];
    if (wanted.length > 0) {
      reasons.push({
        nl: `het initiatief zoekt ${wanted.join(', ')}`,
        en: `the initiative needs ${wanted.join(', ')}`,
      });
    }
    if (bridges(id))
      reasons.push({ nl: 'verbindt twee gemeenschappen', en: 'bridges two communities' });
    return { id, score, mutualContacts: named, reasons };
  });
}

/** The ids placed in each theme, for `IntroductionOptions.byTheme`. */
export function placedByTheme(
  placements: ReadonlyMap<string, Placement>,
): Map<string, readonly string[]> {
  const byTheme = new Map<string, string[]>();
  for (const [id, placement] of placements) {
    for (const theme of new Set(placement.themes)) {
      const members = byTheme.get(theme);
      if (members) members.push(id);
      else byTheme.set(theme, [id]);
    }
  }
  return byTheme;
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
