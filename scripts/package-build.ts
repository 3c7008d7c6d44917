import { defineConfig, type Options } from 'tsup';

/** Sources only tests use: never part of a package's build. */
const testOnly = [
  '!src/**/*.test.ts',
  '!src/**/test-support/**',
  '!src/**/*.fixture.ts',
  '!src/**/fixtures/**',
  '!src/**/test-fixtures/**',
];

/** What a package adds to the shared build: options for both outputs, or for one. */
export interface PackageBuildOptions {
  /** Options for both the ESM and the CJS output (e.g. `external`). Default: none. */
  both?: Options;
  /** Options for the CJS output only (e.g. `noExternal` for an ESM-only dependency). Default: none. */
  cjs?: Options;
}

/**
 * The tsup build of a workspace package: ESM file by file and CJS as one bundle, both with types
 * and source maps, for Node 20.
 *
 * ESM is not bundled because esbuild's bundler turns every top-level `const` into `var`, and V8 folds
 * a module's `const` into optimised code but must load a `var` each time: the providers' stream
 * translation loops ran about 7% slower from the bundle. CJS, the lesser-used output, stays one file.
 */
export function packageBuild(options: PackageBuildOptions = {}) {
  const shared: Options = { sourcemap: true, target: 'node20', ...options.both };
  return defineConfig([
    {
      ...shared,
      entry: ['src/**/*.ts', ...testOnly],
      bundle: false,
      format: ['esm'],
      dts: { entry: 'src/index.ts' },
      clean: true,
    },
    { ...shared, entry: ['src/index.ts'], format: ['cjs'], dts: true, ...options.cjs },
  ]);
}
