import { type AdminAccess, adminKeyCheck } from './dashboard/admin-key-check.js';

/** The shortest admin key accepted: it guards every tenant's figures. */
export const minAdminKeyLength = 16;

/**
 * `adminKeyCheck` for a gateway's admin key, after checking the key itself.
 *
 * @throws TypeError when the admin key is shorter than 16 characters or is also a gateway key.
 */
export function adminKeyChecker(
  adminKey: string,
  isGatewayKey: (candidate: string) => boolean,
): (request: Request) => AdminAccess {
  if (typeof adminKey !== 'string' || adminKey.length < minAdminKeyLength) {
    throw new TypeError(
      `createGateway: adminKey must be a string of at least ${minAdminKeyLength} characters`,
    );
  }
  if (isGatewayKey(adminKey)) {
    throw new TypeError(
      'createGateway: adminKey is also a gateway key; the admin key must be a key of its own',
    );
  }
  return adminKeyCheck(adminKey);
}
