import { createRequire } from 'node:module';

// In the CJS bundle `import.meta.url` is defined as `__filename` (tsup.config.ts).
const requireHere = createRequire(import.meta.url);

/**
 * `zod`, loaded the first time a config or virtual key is validated rather than when the package
 * loads: it is about 40 ms and 13 MB of a cold start (`bench/cold-start.ts`), which a client given
 * only a provider never needs. Synchronous, so validation stays synchronous; zod ships CommonJS.
 */
export function zod(): typeof import('zod') {
  return requireHere('zod') as typeof import('zod');
}

/** `yaml`, loaded the first time a YAML file is read (about 15 ms and 9 MB of a cold start); it ships CommonJS. */
export function yaml(): typeof import('yaml') {
  return requireHere('yaml') as typeof import('yaml');
}
