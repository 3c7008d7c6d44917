import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A check of gateway API keys that takes the same time whichever key (or none) matches: keys are
 * compared as SHA-256 digests with `timingSafeEqual`, against every configured key. Answers the
 * matching key's tenant id (see `tenantOfKey`), or `undefined` when no key matches.
 */
export function apiKeyChecker(
  keys: readonly string[],
): (candidate: string | undefined) => string | undefined {
  const digests = keys.map((key) => digest(key));
  const tenants = keys.map((key) => tenantOfKey(key));
  return (candidate) => {
    if (candidate === undefined || candidate === '') return undefined;
    const offered = digest(candidate);
    let matched: string | undefined;
    digests.forEach((expected, index) => {
      if (timingSafeEqual(offered, expected)) matched = tenants[index];
    });
    return matched;
  };
}

/**
 * The tenant a gateway key stands for: an opaque id derived from the key (its caches, records and
 * limits are its own), which never reveals the key itself.
 */
export function tenantOfKey(key: string): string {
  return `key-${createHash('sha256').update(`switchyard-tenant\n${key}`).digest('base64url').slice(0, 22)}`;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
