import { errorResponse } from '@switchyard/core';
import { remainingUnits, resetMs, waitMs } from './gcra.js';
import type { RateCounter } from './limit-store.js';
import { formatResetDuration } from './reset-duration.js';

/** Set to `unavailable` on answers let through while the limit store failed (`failOpen`). */
export const limitsStatusHeader = 'x-switchyard-limits';

/** What a rate counter limits: OpenAI's `error.type` of its 429, and the suffix of its headers. */
export type RateKind = 'requests' | 'tokens';

/** A counter of one admission, with what it limits. */
export interface KindedCounter extends RateCounter {
  kind: RateKind;
}

const headerNames = {
  requests: {
    limit: 'x-ratelimit-limit-requests',
    remaining: 'x-ratelimit-remaining-requests',
    reset: 'x-ratelimit-reset-requests',
  },
  tokens: {
    limit: 'x-ratelimit-limit-tokens',
    remaining: 'x-ratelimit-remaining-tokens',
    reset: 'x-ratelimit-reset-tokens',
  },
} as const;

/**
 * OpenAI's rate-limit headers for the counters of one admission: `x-ratelimit-limit-<kind>`,
 * `x-ratelimit-remaining-<kind>` and `x-ratelimit-reset-<kind>` (the time until the counter is full
 * again, as `'1s'` or `'6m0s'`), from each counter's TAT after the admission.
 */
export function rateLimitHeaders(
  counters: readonly KindedCounter[],
  tats: readonly number[],
  now: number,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [index, counter] of counters.entries()) {
    const tat = tats[index]!;
    const names = headerNames[counter.kind];
    headers[names.limit] = String(counter.limit);
    headers[names.remaining] = String(remainingUnits(tat, now, counter));
    headers[names.reset] = formatResetDuration(resetMs(tat, now));
  }
  return headers;
}

const perMinute: Record<RateKind, string> = {
  requests: 'requests per min (RPM)',
  tokens: 'tokens per min (TPM)',
};

/**
 * The 429 for a refused admission, as OpenAI words and shapes it: `error.type` names the counter
 * that refused (`requests` or `tokens`; the one with the longer wait when both did), `error.code`
 * is `rate_limit_exceeded`, and `Retry-After` (seconds, rounded up) with `retry-after-ms` (which the
 * official SDKs prefer) say when it fits. A request larger than the whole token limit can never
 * fit: its 429 carries `x-should-retry: false` instead.
 */
export function rateLimitedResponse(
  counters: readonly KindedCounter[],
  tats: readonly number[],
  now: number,
  headers: Record<string, string>,
): Response {
  const tooLarge = counters.find((counter) => counter.cost > counter.limit);
  if (tooLarge) {
    return errorResponse(
      429,
      `Request too large for ${perMinute[tooLarge.kind]}: Limit ${tooLarge.limit}, Requested ` +
        `${Math.ceil(tooLarge.cost)}. The input or output tokens must be reduced in order to run successfully.`,
      {
        type: tooLarge.kind,
        code: 'rate_limit_exceeded',
        headers: { ...headers, 'x-should-retry': 'false' },
      },
    );
  }
  let refusing = counters[0]!;
  let wait = 0;
  counters.forEach((counter, index) => {
    const ms = waitMs(tats[index]!, now, counter);
    if (ms > wait) {
      wait = ms;
      refusing = counter;
    }
  });
  const index = counters.indexOf(refusing);
  const used = refusing.limit - remainingUnits(tats[index]!, now, refusing);
  const waitText = formatResetDuration(wait);
  return errorResponse(
    429,
    `Rate limit reached on ${perMinute[refusing.kind]}: Limit ${refusing.limit}, Used ${used}, ` +
      `Requested ${Math.ceil(refusing.cost)}. Please try again in ${waitText}.`,
    {
      type: refusing.kind,
      code: 'rate_limit_exceeded',
      headers: {
        ...headers,
        'retry-after': String(Math.max(1, Math.ceil(wait / 1000))),
        'retry-after-ms': String(Math.max(1, Math.ceil(wait))),
      },
    },
  );
}

/**
 * The 429 for a spent budget, as OpenAI answers an exhausted quota: `error.type` and `error.code`
 * `insufficient_quota`, and `x-should-retry: false` so the official SDKs give up at once instead of
 * retrying what cannot succeed before the budget renews.
 */
export function quotaExceededResponse(usd: number, periodLabel: string, renewsAt: number): Response {
  return errorResponse(
    429,
    `You exceeded your current quota: the budget of ${usd} USD per ${periodLabel} is spent. ` +
      `It renews at ${new Date(renewsAt).toISOString()}.`,
    {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      headers: { 'x-should-retry': 'false' },
    },
  );
}

/** The 503 of a limiter that fails closed while its store is unavailable. */
export function limitsUnavailableResponse(who: string): Response {
  return errorResponse(
    503,
    `${who}: limits cannot be checked right now (the limit store is unavailable); try again later`,
    { type: 'server_error', code: 'limits_unavailable', headers: { [limitsStatusHeader]: 'unavailable' } },
  );
}
