import { packageBuild } from '../../scripts/package-build.js';

export default packageBuild({ entries: ['src/index.ts', 'src/internal.ts'] });
