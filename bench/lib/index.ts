export { assertFreshBuild } from './fresh-build.js';
export { type LoadCall, type LoadOptions, type LoadResult, percentile, runLoad, summarize } from './load.js';
export { type ComparedResult, compareTo, environment, printTable, writeResults } from './report.js';
export { type RoundsOptions, runRounds, type Variant, type VariantResult } from './rounds.js';
export { type BenchServer, type BenchServerConfig, startBenchServer } from './server.js';
