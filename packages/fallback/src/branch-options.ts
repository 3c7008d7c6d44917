import type { Middleware } from '@switchyard/core';

/**
 * Checks a router's branches.
 *
 * @throws TypeError naming the router and the first bad branch.
 */
export function checkBranches(router: string, branches: unknown): asserts branches is Middleware[] {
  if (!Array.isArray(branches) || branches.length === 0) {
    throw new TypeError(`${router}: branches must be a non-empty array of middlewares`);
  }
  branches.forEach((branch, index) => {
    if (typeof branch !== 'function') {
      throw new TypeError(
        `${router}: branches[${index}] must be a middleware function; got ${branch === null ? 'null' : typeof branch}`,
      );
    }
  });
}

/**
 * Which responses count as a failure that moves on to another branch: with `onStatusCodes`, only
 * those statuses; without, any non-2xx status (Portkey's default).
 *
 * @throws TypeError naming the router and the first invalid status.
 */
export function failurePredicate(router: string, onStatusCodes: unknown): (response: Response) => boolean {
  if (onStatusCodes === undefined) return (response) => !response.ok;
  if (!Array.isArray(onStatusCodes)) {
    throw new TypeError(`${router}: onStatusCodes must be an array of HTTP status codes`);
  }
  onStatusCodes.forEach((status, index) => {
    if (!Number.isInteger(status) || status < 100 || status > 599) {
      throw new TypeError(
        `${router}: onStatusCodes[${index}] must be an HTTP status code; got ${String(status)}`,
      );
    }
  });
  const statuses = new Set<number>(onStatusCodes);
  return (response) => statuses.has(response.status);
}
