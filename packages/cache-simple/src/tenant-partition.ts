import { hash } from 'node:crypto';

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
  let credentials: string | undefined;
  // One pass over the headers (in name order) costs less than a lookup per credential header.
  request.headers.forEach((value, name) => {
    if (credentialHeaderSet.has(name)) credentials = `${credentials ?? ''}${name}\n${value}\n`;
  });
  if (credentials === undefined) return undefined;
  let partition = partitions.get(credentials);
  if (partition === undefined) {
    partition = `credential:${hash('sha256', credentials, 'base64url')}`;
    // A gateway sees a bounded set of tenants; a flood of one-off keys only empties the memo.
    if (partitions.size >= maxRememberedPartitions) partitions.clear();
    partitions.set(credentials, partition);
  }
  return partition;
}

const credentialHeaderSet = new Set(credentialHeaders);

/** Partitions by credentials, so a tenant's repeated requests hash their key once. */
const partitions = new Map<string, string>();
const maxRememberedPartitions = 1024;
