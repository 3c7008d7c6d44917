import { packageBuild } from '../../scripts/package-build.js';

// p-retry is ESM-only with a default export: required from CJS it breaks, so CJS bundles it.
export default packageBuild({ cjs: { noExternal: ['p-retry', 'is-network-error'] } });
