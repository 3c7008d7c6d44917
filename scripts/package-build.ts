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
  /** The package's entry points (one per subpath export). Default: `['src/index.ts']`. */
  entries?: string[];
}

/**
 * The tsup build of a workspace package: ESM file by file and CJS as one bundle, both with types
 * and source maps, for Node 20.
 *
 * ESM is not bundled because esbuild's bundler turns every top-level `const` into `var`, and V8 folds
 * a module's `const` into optimised code but must load a `var` each time: the providers' stream
 * translation loops ran about 7% slower from the bundle. CJS, the lesser-used output, is one bundle
 * per entry.
 */
export function packageBuild(options: PackageBuildOptions = {}) {
  const shared: Options = { sourcemap: true, target: 'node20', ...options.both };
  const entries = options.entries ?? ['src/index.ts'];
  return defineConfig([
    {
      ...shared,
      entry: ['src/**/*.ts', ...testOnly],
      bundle: false,
      format: ['esm'],
      dts: { entry: entries },
      clean: true,
    },
    // Several entries share one chunk of their common modules, so module state (core's request
    // records) exists once, as in the ESM output.
    {
      ...shared,
      entry: entries,
      format: ['cjs'],
      dts: true,
      splitting: entries.length > 1,
      // A CommonJS program must load the CommonJS build of a package a config imports on first use
      // (`import()` would load the ESM build: a second copy of core, its errors and request records).
      esbuildOptions(esbuild) {
        esbuild.supported = { ...esbuild.supported, 'dynamic-import': false };
      },
      ...options.cjs,
    },
  ]);
}
