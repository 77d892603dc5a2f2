import type { EntityLabel } from '../domain/vocabulary.js';

/**
 * The kinds of stakeholder search and the network explorer show, one per node label. An official
 * is a PERSON (with the `Official` label), so filtering on people includes officials.
 */
export const stakeholderKinds = ['PERSON', 'ORGANIZATION', 'INITIATIVE', 'AREA', 'THEME'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

const labelByKind: Record<StakeholderKind, EntityLabel> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  INITIATIVE: 'Initiative',
  AREA: 'Area',
  THEME: 'Theme',
};

const kindByLabel = new Map<string, StakeholderKind>(
  stakeholderKinds.map((kind) => [labelByKind[kind], kind]),
);

export const labelOfKind = (kind: StakeholderKind): EntityLabel => labelByKind[kind];

/** The kind of a node from its labels (its primary label), or undefined for other nodes. */
export function kindOfLabels(labels: readonly string[]): StakeholderKind | undefined {
  for (const label of labels) {
    const kind = kindByLabel.get(label);
    if (kind) return kind;
  }
  return undefined;
}
