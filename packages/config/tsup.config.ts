import { packageBuild } from '../../scripts/package-build.js';

// src/on-first-use.ts requires zod and yaml from `import.meta.url`; the CJS bundle has no
// `import.meta`, and its file's own path serves `createRequire` as well (tsup's URL shim breaks on a
// path holding `#`).
export default packageBuild({ cjs: { define: { 'import.meta.url': '__filename' } } });
