/**
 * Antenne's graph analysis: pure functions over graphology graphs (no database, no GraphQL),
 * each checked against NetworkX. See docs/analysis.md for what each metric means.
 */
export {
  type AnalysisOptions,
  type AnalysisResult,
  analyseGraph,
  analyseGraphInParallel,
  type NodeMetrics,
} from './analyseGraph.js';
export {
  betweennessCentrality,
  betweennessErrorBound,
  exactBetweennessOf,
  sampledBetweennessCentrality,
  sampledBetweennessOf,
} from './betweenness.js';
export {
  type BrokerageRoles,
  brokerageRoles,
  brokerageRolesOf,
  groupIndices,
} from './brokerage.js';
export { closenessCentrality, closenessOf } from './closeness.js';
export {
  type Communities,
  louvainCommunities,
  louvainCommunitiesOf,
  modularityOf,
} from './communities.js';
export { coreNumber, coreNumbersOf } from './coreNumber.js';
export { type CutPoints, cutPoints, cutPointsOf } from './cutPoints.js';
export { degree, degreesOf, weightedDegree, weightedDegreesOf } from './degree.js';
export { eigenvectorCentrality, eigenvectorOf } from './eigenvector.js';
export {
  AnalysisInputError,
  type IndexedGraph,
  type NodeScores,
  scoresByNode,
  toIndexedGraph,
  type WeightOption,
} from './indexedGraph.js';
export {
  type LinkScoreName,
  type LinkScores,
  type LinkSuggestion,
  linkScores,
  linkScoresOf,
  topLinkSuggestions,
} from './linkPrediction.js';
export {
  type CellCoverage,
  type Connector,
  coverageByCell,
  greedyConnectors,
  type Introduction,
  type OfficialReach,
  type Placement,
  type Reason,
  suggestIntroductions,
  tieWeight,
  uniqueReach,
} from './municipality/index.js';
export { pagerank, pagerankOf } from './pagerank.js';
export {
  type ParallelOptions,
  parallelShortestPathSums,
  startParallelSweep,
} from './parallelShortestPaths.js';
export { ConvergenceError, type PowerIterationResult } from './powerIteration.js';
export { seededRandom } from './random.js';
export { constraint, effectiveSize, structuralHolesOf } from './structuralHoles.js';
