import { packageBuild } from '../../scripts/package-build.js';

// bin/switchyard.js imports dist/bin.js: the command is built with the package's ESM output.
export default packageBuild({ programs: ['src/bin.ts'] });
