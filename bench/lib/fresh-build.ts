import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../packages', import.meta.url));

/**
 * Throws unless every workspace package's build (`dist/index.js`) is newer than its sources, so a
 * benchmark that runs the built packages, as users do, never measures stale code.
 *
 * @throws Error naming the first stale package and the command that rebuilds it.
 */
export function assertFreshBuild(): void {
  for (const name of readdirSync(packagesDir)) {
    const root = join(packagesDir, name);
    let built: number;
    try {
      built = statSync(join(root, 'dist', 'index.js')).mtimeMs;
    } catch {
      throw new Error(`packages/${name} is not built: run pnpm build first`);
    }
    if (newestSource(join(root, 'src')) > built) {
      throw new Error(`packages/${name}/dist is older than its sources: run pnpm build first`);
    }
  }
}

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
      newest = Math.max(newest, statSync(path).mtimeMs);
    }
  }
  return newest;
}
