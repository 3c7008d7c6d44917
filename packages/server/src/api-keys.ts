import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A check of gateway API keys that takes the same time whichever key (or none) matches: keys are
 * compared as SHA-256 digests with `timingSafeEqual`, against every configured key.
 */
export function apiKeyChecker(keys: readonly string[]): (candidate: string | undefined) => boolean {
  const digests = keys.map((key) => digest(key));
  return (candidate) => {
    if (candidate === undefined || candidate === '') return false;
    const offered = digest(candidate);
    let matched = false;
    for (const expected of digests) matched = timingSafeEqual(offered, expected) || matched;
    return matched;
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
