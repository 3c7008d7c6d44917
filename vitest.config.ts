import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Node's conditions (not Vite's "module", which picks bundler-only builds such as @smithy's dist-es), with ours first so tests run sibling packages from source.
const conditions = ['@switchyard/source', 'node', 'development|production'];

const packages = readdirSync(new URL('./packages', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig({
  resolve: { conditions: conditions },
  ssr: { resolve: { conditions: conditions } },
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      ...packages.map((name) => ({
        extends: true as const,
        test: { name, include: [`packages/${name}/src/**/*.test.ts`] },
      })),
      {
        extends: true as const,
        test: { name: 'integration', include: ['test/**/*.test.ts', 'examples/**/*.test.ts'] },
      },
    ],
  },
});
