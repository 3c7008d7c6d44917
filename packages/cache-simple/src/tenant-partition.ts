import { createHash } from 'node:crypto';

/**
 * Request headers that identify who pays for (and may see) an answer: provider API keys and
 * Portkey's gateway and virtual keys. Their values are hashed, never kept.
 */
export const credentialHeaders: readonly string[] = [
  'authorization',
  'x-api-key',
  'api-key',
  'x-goog-api-key',
  'x-portkey-api-key',
  'x-portkey-virtual-key',
];

/**
 * The default tenant partition: a SHA-256 of the credential headers the request carries, so
 * callers with different keys never share entries. `undefined` when the request carries none
 * (for example when the cache sits before a provider middleware that adds the key itself).
 */
export function credentialPartition(request: Request): string | undefined {
  let hash: ReturnType<typeof createHash> | undefined;
  for (const name of credentialHeaders) {
    const value = request.headers.get(name);
    if (value === null) continue;
    hash ??= createHash('sha256');
    hash.update(`${name}\n${value}\n`);
  }
  return hash === undefined ? undefined : `credential:${hash.digest('base64url')}`;
}
