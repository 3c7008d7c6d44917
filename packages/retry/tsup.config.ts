import { defineConfig, type Options } from 'tsup';

const shared: Options = { entry: ['src/index.ts'], sourcemap: true, target: 'node20' };

export default defineConfig([
  { ...shared, format: ['esm'], dts: true, clean: true },
  // p-retry is ESM-only with a default export: required from CJS it breaks, so CJS bundles it.
  { ...shared, format: ['cjs'], dts: true, noExternal: ['p-retry', 'is-network-error'] },
]);
