/**
 * @antenne/seed: a deterministic demo municipality for Antenne, and fixture builders tests share.
 * See README.md for what it generates and the structure it plants on purpose.
 */

export { FixtureBuilder } from './fixtures.js';
export {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_SEED,
  DEFAULT_TODAY,
  estimatedRowCount,
  generateDemoMunicipality,
  plannedCounts,
  resolveDemoOptions,
  streamDemoMunicipality,
} from './generateDemoMunicipality.js';
export {
  generateImportCsv,
  type ImportCsvOptions,
  importCsvHeaders,
  importCsvLines,
} from './importCsv.js';
export * from './model.js';
export {
  BLIND_SPOT_KERN,
  BLIND_SPOT_THEME,
  FOOD_KERN,
  kernSpecs,
  MUNICIPALITY_NAME,
  SPOF_KERN,
} from './municipalityMap.js';
export { Random } from './random.js';
export { type ThemeName, themeNames } from './themes.js';
export { toChunks } from './toChunks.js';
