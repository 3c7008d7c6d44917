import { packageBuild } from '../../scripts/package-build.js';

export default packageBuild();
