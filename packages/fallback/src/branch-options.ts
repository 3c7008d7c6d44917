import { type CallOutcome, type ErrorCode, errorCodes, isErrorCode, type Middleware } from '@switchyard/core';
import { responseOutcome } from '@switchyard/core/internal';

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

/** What decides whether an answer moves on, as `fallback` and `hedge` take it. */
export interface FailureOptions {
  onStatusCodes?: number[] | undefined;
  onErrorCodes?: ErrorCode[] | undefined;
  when?: ((outcome: CallOutcome) => boolean) | undefined;
}

/** An answer judged: the answer to hand on (rebuilt when its body was read) and whether it failed. */
export interface Judged {
  response: Response;
  failed: boolean;
}

/**
 * Which answers count as a failure that moves on to another branch: one whose status is in
 * `onStatusCodes`, whose error code is in `onErrorCodes`, or for which `when` says so; with none of
 * the three, any non-2xx answer (Portkey's default). The body of an error answer is read (a copy
 * kept for the caller) only when `onErrorCodes` or `when` needs its code.
 *
 * @throws TypeError naming the router and the first invalid option.
 */
export function failureRule(
  router: string,
  options: FailureOptions,
): (response: Response) => Judged | Promise<Judged> {
  const { onStatusCodes, onErrorCodes, when } = options;
  if (when !== undefined && typeof when !== 'function') {
    throw new TypeError(`${router}: when must be a function of the call's outcome; got ${typeof when}`);
  }
  const statuses = onStatusCodes === undefined ? undefined : statusSet(router, onStatusCodes);
  const codes = onErrorCodes === undefined ? undefined : errorCodeSet(router, onErrorCodes);
  if (codes === undefined && when === undefined) {
    const failed =
      statuses === undefined
        ? (response: Response) => !response.ok
        : (response: Response) => statuses.has(response.status);
    return (response) => ({ response, failed: failed(response) });
  }
  return async (response) => {
    if (statuses?.has(response.status)) return { response, failed: true };
    const judged = await responseOutcome(response);
    const { outcome } = judged;
    const failed =
      (outcome.code !== undefined && codes?.has(outcome.code) === true) || when?.(outcome) === true;
    return { response: judged.response, failed };
  };
}

function statusSet(router: string, onStatusCodes: unknown): ReadonlySet<number> {
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
  return new Set<number>(onStatusCodes);
}

function errorCodeSet(router: string, onErrorCodes: unknown): ReadonlySet<ErrorCode> {
  if (!Array.isArray(onErrorCodes)) {
    throw new TypeError(`${router}: onErrorCodes must be an array of error codes (${errorCodes.join(', ')})`);
  }
  onErrorCodes.forEach((code, index) => {
    if (!isErrorCode(code)) {
      throw new TypeError(
        `${router}: onErrorCodes[${index}] must be one of ${errorCodes.join(', ')}; got ${JSON.stringify(code)}`,
      );
    }
  });
  return new Set<ErrorCode>(onErrorCodes);
}
