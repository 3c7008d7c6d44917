import { hash } from 'node:crypto';
import { canonicalJson, splitRequestURL } from '@switchyard/core/internal';

/**
 * Body fields that change how an answer is delivered but not what it says. They are left out of
 * the key so a streamed entry can answer a non-streamed request and the other way round.
 */
export const deliveryFields: readonly string[] = ['stream', 'stream_options'];

/**
 * The request part of the default key: method, path with query, and the JSON body with sorted
 * keys minus `deliveryFields`. Headers never take part (they carry secrets; the tenant partition
 * stands for them).
 */
export function canonicalRequest(request: Request, body: Record<string, unknown>): string {
  const { pathname, search } = splitRequestURL(request.url);
  const kept: Record<string, unknown> = {};
  for (const name of Object.keys(body)) {
    if (!deliveryFields.includes(name)) kept[name] = body[name];
  }
  return `${request.method} ${pathname}${search}\n${canonicalJson(kept)}`;
}

/** The store key: a SHA-256 of the key version, namespace, partition and request part. */
export function hashCacheKey(parts: {
  namespace: string | undefined;
  partition: string | undefined;
  requestNamespace: string | undefined;
  tenant: string | undefined;
  request: string;
}): string {
  // Each optional part is length-prefixed (`-` when absent), so different parts never give the same
  // text; the request part comes last and needs no prefix, nor escaping.
  const text = `switchyard-cache-simple/3\n${keyField(parts.tenant)}${keyField(parts.namespace)}${keyField(parts.partition)}${keyField(parts.requestNamespace)}${parts.request}`;
  return hash('sha256', text, 'base64url');
}

function keyField(value: string | undefined): string {
  return value === undefined ? '-\n' : `${value.length}:${value}\n`;
}
