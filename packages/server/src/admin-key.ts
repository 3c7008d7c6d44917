import { createHash, timingSafeEqual } from 'node:crypto';

/** The shortest admin key accepted: it guards every tenant's figures. */
export const minAdminKeyLength = 16;

/**
 * A check of `Authorization: Bearer <admin key>` that takes the same time for any candidate
 * (SHA-256 digests compared with `timingSafeEqual`).
 *
 * @throws TypeError when the admin key is shorter than 16 characters or is also a gateway key.
 */
export function adminKeyChecker(
  adminKey: string,
  isGatewayKey: (candidate: string) => boolean,
): (authorization: string | null) => boolean {
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
  const digest = sha256(adminKey);
  return (authorization) => {
    const match = authorization === null ? null : /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match !== null && timingSafeEqual(sha256(match[1] as string), digest);
  };
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
