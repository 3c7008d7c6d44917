export { type ForkOptions, forkListening, type ListeningChild } from './child-process.js';
export { assertFreshBuild } from './fresh-build.js';
export { type GatewayChild, type ProcessStats, startGateway } from './gateway-process.js';
export { type LoadCall, type LoadOptions, type LoadResult, percentile, runLoad, summarize } from './load.js';
export {
  type ComparedResult,
  compareTo,
  environment,
  printRows,
  printTable,
  writeResults,
} from './report.js';
export { type RoundsOptions, runRounds, type Variant, type VariantResult } from './rounds.js';
export { type BenchServer, type BenchServerConfig, startBenchServer } from './server.js';
