import { gatewayKeyChecker, gatewayKeysOf } from './gateway-keys.js';

/**
 * A check of plain gateway API keys that takes the same time whichever key (or none) matches (see
 * `gatewayKeyChecker`). Answers the matching key's tenant id (see `tenantOfKey`), or `undefined`.
 */
export function apiKeyChecker(
  keys: readonly string[],
): (candidate: string | undefined) => string | undefined {
  const check = gatewayKeyChecker(gatewayKeysOf({ apiKeys: keys }));
  return (candidate) => check(candidate)?.name;
}
