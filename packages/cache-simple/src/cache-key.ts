import { hash } from 'node:crypto';
import { canonicalJson, splitRequestURL } from '@switchyard/core';

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
  const answerFields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!deliveryFields.includes(name)) answerFields[name] = value;
  }
  const { pathname, search } = splitRequestURL(request.url);
  return `${request.method} ${pathname}${search}\n${canonicalJson(answerFields)}`;
}

/** The store key: a SHA-256 of the key version, namespace, partition and request part. */
export function hashCacheKey(parts: {
  namespace: string | undefined;
  partition: string | undefined;
  requestNamespace: string | undefined;
  request: string;
}): string {
  const text = JSON.stringify([
    'switchyard-cache-simple/1',
    parts.namespace ?? null,
    parts.partition ?? null,
    parts.requestNamespace ?? null,
    parts.request,
  ]);
  return hash('sha256', text, 'base64url');
}
