import { packageBuild } from '../../scripts/package-build.js';

// src/bin.ts is built with the rest (ESM file by file): bin/switchyard.js imports dist/bin.js.
export default packageBuild();
