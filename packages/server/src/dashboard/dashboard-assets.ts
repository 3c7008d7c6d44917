/** The dashboard's files, by the name the page asks for them under `ui/assets/`. */
export interface DashboardAssets {
  /** The page (`packages/server/ui/dashboard.html`). */
  html: string;
  /** Files under `ui/assets/`: the page's script and style, and uPlot's. */
  files: Record<string, { type: string; body: string }>;
}

/** Where each asset comes from: the package's `ui/` folder, or the `uplot` package. */
export const dashboardAssetSources = {
  html: 'ui/dashboard.html',
  files: {
    'dashboard.js': { type: 'text/javascript; charset=utf-8', from: 'ui/dashboard.js' },
    'dashboard.css': { type: 'text/css; charset=utf-8', from: 'ui/dashboard.css' },
    'uplot.js': { type: 'text/javascript; charset=utf-8', from: 'uplot/dist/uPlot.iife.min.js' },
    'uplot.css': { type: 'text/css; charset=utf-8', from: 'uplot/dist/uPlot.min.css' },
  },
} as const;

// The build (packages/server/tsup.config.ts) defines this constant as the assets' contents, so the
// published package serves them from its own bundle and reads no file; from source (vitest, tsx)
// it is not defined, and the files are read where they are.
declare const __SWITCHYARD_DASHBOARD_ASSETS__: DashboardAssets | undefined;

let loading: Promise<DashboardAssets> | undefined;

/** The dashboard's assets, read once. */
export function dashboardAssets(): Promise<DashboardAssets> {
  if (typeof __SWITCHYARD_DASHBOARD_ASSETS__ !== 'undefined')
    return Promise.resolve(__SWITCHYARD_DASHBOARD_ASSETS__);
  loading ??= readDashboardAssets(new URL('../../', import.meta.url)).catch((error: unknown) => {
    loading = undefined; // read again next time: the files may be there by then
    throw error;
  });
  return loading;
}

/**
 * Reads the assets from the package directory `packageRoot` (holding `ui/`) and from the `uplot`
 * package it resolves: what the build inlines, and what runs from source.
 *
 * @throws Error naming the file that cannot be read.
 */
export async function readDashboardAssets(packageRoot: URL): Promise<DashboardAssets> {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  const { fileURLToPath } = await import('node:url');
  const resolveFrom = createRequire(fileURLToPath(new URL('package.json', packageRoot)));
  const read = async (from: string) => {
    const path = from.startsWith('ui/')
      ? fileURLToPath(new URL(from, packageRoot))
      : resolveFrom.resolve(from);
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      throw new Error(
        `the dashboard's asset ${from} cannot be read from ${path}: ${(error as Error).message}`,
      );
    }
  };
  const files: DashboardAssets['files'] = {};
  for (const [name, { type, from }] of Object.entries(dashboardAssetSources.files)) {
    files[name] = { type, body: await read(from) };
  }
  return { html: await read(dashboardAssetSources.html), files };
}
