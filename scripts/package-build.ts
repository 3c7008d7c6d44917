import { defineConfig, type Options } from 'tsup';

/** What a package adds to the shared build: options for both outputs, or for one. */
export interface PackageBuildOptions {
  /** Options for both the ESM and the CJS output (e.g. `external`). Default: none. */
  both?: Options;
  /** Options for the CJS output only (e.g. `noExternal` for an ESM-only dependency). Default: none. */
  cjs?: Options;
  /** The package's entry points (one per subpath export). Default: `['src/index.ts']`. */
  entries?: string[];
  /**
   * Programs the package runs rather than exports (e.g. a command's `src/bin.ts`): built into the ESM
   * output beside the entries, sharing their chunks, without types or a CJS build. Default: none.
   */
  programs?: string[];
}

/**
 * The tsup build of a workspace package: ESM and CJS, each one bundle per entry, with types and
 * source maps, for Node 20. Dependencies, workspace packages included, stay external (tsup's default
 * for `dependencies` and `peerDependencies`).
 *
 * ESM is bundled because each module costs memory and time when loaded: one module per source file
 * made `createClient` with an OpenAI target take 63.8 MB at a cold start, bundled 58 MB (issue 21:
 * under 60 MB, as a serverless function pays it on every start). esbuild's bundler turns top-level
 * `const` into `var`, which once made the stream translators about 7% slower; bench/providers.ts
 * now shows no difference (1.6 µs of CPU per Anthropic chunk either way).
 */
export function packageBuild(options: PackageBuildOptions = {}) {
  const shared: Options = { sourcemap: true, target: 'node20', ...options.both };
  const entries = options.entries ?? ['src/index.ts'];
  return defineConfig([
    // Code splitting puts what several entries share in one chunk, so module state (core's request
    // records, its detach-safe set) exists once for `@switchyard/core` and `@switchyard/core/internal`.
    {
      ...shared,
      entry: [...entries, ...(options.programs ?? [])],
      format: ['esm'],
      splitting: true,
      dts: { entry: entries },
      clean: true,
    },
    // The same for CJS: several entries share one chunk of their common modules.
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
