import { createHash, timingSafeEqual } from 'node:crypto';

/** Whose request it is: the admin's, one without credentials, or one with other credentials. */
export type AdminAccess = 'admin' | 'anonymous' | 'denied';

/**
 * A check of `Authorization: Bearer <admin key>` that takes the same time whatever is offered: the
 * SHA-256 digests of the offered key and the admin key are compared with `timingSafeEqual`.
 * Any other credentials (a tenant's gateway key, another scheme) are `denied`.
 */
export function adminKeyCheck(adminKey: string): (request: Request) => AdminAccess {
  const expected = sha256(adminKey);
  return (request) => {
    const header = request.headers.get('authorization');
    if (header === null || header.trim() === '') return 'anonymous';
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match === null) return 'denied';
    return timingSafeEqual(sha256(match[1]!), expected) ? 'admin' : 'denied';
  };
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
