/** The municipality's questions on top of the graph metrics: antennae, coverage, connectors, introductions. */
export { type OfficialReach, type ReachOptions, uniqueReach } from './antennae.js';
export { type Connector, type ConnectorOptions, greedyConnectors } from './connectors.js';
export {
  type CellCoverage,
  type CoverageOptions,
  coverageByCell,
  type Placement,
  type SinglePointOfFailure,
} from './coverage.js';
export {
  type Introduction,
  type IntroductionOptions,
  purposeWeights,
  type Reason,
  suggestIntroductions,
} from './introductions.js';
export {
  areaAncestry,
  buildProjection,
  kernOf,
  type ProjectionArea,
  type ProjectionKind,
  type ProjectionNode,
  type ProjectionOptions,
  type ProjectionTie,
  type ProjectionTieType,
  partOfRoot,
  placementsOf,
  projectionTieTypes,
  roleTieStrength,
  type StakeholderProjection,
} from './projection.js';
export { type TieFacts, type TieWeightOptions, tieWeight } from './tieWeight.js';
