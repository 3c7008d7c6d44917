import { packageBuild } from '../../scripts/package-build.js';
import { readDashboardAssets } from './src/dashboard/dashboard-assets.js';

// The dashboard's page, script and style, and uPlot's, inlined into the bundle: the published
// package reads no file to serve /ui (src/dashboard/dashboard-assets.ts reads them when run from source).
const dashboardAssets = {
  __SWITCHYARD_DASHBOARD_ASSETS__: JSON.stringify(await readDashboardAssets(new URL('./', import.meta.url))),
};

// bin/switchyard.js imports dist/bin.js: the command is built with the package's ESM output.
export default packageBuild({
  programs: ['src/bin.ts'],
  both: { define: dashboardAssets },
  // The CJS output replaces `define` whole; `import.meta.url` is only read from source, never in the bundle.
  cjs: { define: { ...dashboardAssets, 'import.meta.url': '__filename' } },
});
