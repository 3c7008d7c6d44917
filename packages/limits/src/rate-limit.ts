import type { Middleware } from '@switchyard/core';
import { readBodyText, withResponseHeaders } from '@switchyard/core/internal';
import { askForUsage, isCacheHit, watchUsage } from './answer-usage.js';
import {
  type KindedCounter,
  limitsStatusHeader,
  limitsUnavailableResponse,
  rateLimitedResponse,
  rateLimitHeaders,
} from './limit-responses.js';
import type { LimitStore, TakeResult } from './limit-store.js';
import { memoryLimitStore } from './memory-limit-store.js';
import {
  checkLimit,
  describe,
  type LimiterOptions,
  type LimiterSettings,
  resolveLimiterOptions,
  subjectOf,
} from './option-checks.js';
import { storeGuard } from './store-guard.js';
import { subjectKeys } from './subject-key.js';
import { estimateTokens, type TokenEstimator } from './token-estimate.js';

/** Options of `rateLimit`. Give `requestsPerMinute`, `tokensPerMinute` or both. */
export interface RateLimitOptions extends LimiterOptions {
  /** Requests each subject may make per minute, counted when admitted. Default: no request limit. */
  requestsPerMinute?: number;
  /**
   * Tokens (prompt + completion, from the answer's `usage`) each subject may use per minute.
   * Default: no token limit.
   */
  tokensPerMinute?: number;
  /**
   * The tokens reserved for a request when it is admitted, settled against its usage once the
   * answer has arrived (a stream's once it has been read). Default: `estimateTokens` (about 4
   * characters a token, plus `max_completion_tokens` × `n`).
   */
  estimateTokens?: TokenEstimator;
}

const who = 'rateLimit';
const minuteMs = 60_000;

/**
 * Limits each subject (`key(request)`) to `requestsPerMinute` requests and `tokensPerMinute`
 * tokens, as OpenAI's own limits work. Both are GCRA counters (see the README): the whole limit may
 * be used at once, and it comes back continuously, one unit every minute / limit.
 *
 * A request is counted when admitted. Its tokens are estimated from its size and reserved at once,
 * then settled against the `usage` of the answer: a JSON answer's as soon as it has arrived (it is
 * read at once, as `trace` reads it), a stream's from its final usage chunk (asked for with `stream_options.include_usage` when the caller did not,
 * and then removed, as `trace` does). An error status or a cache hit gives the reservation back; an
 * answer without usage (or a stream cancelled before it) keeps it.
 *
 * A refused request gets OpenAI's 429 (`error.type` `requests` or `tokens`, `error.code`
 * `rate_limit_exceeded`) with `Retry-After`, and never reaches `next`. Every answer to a limited
 * subject, 429s included, carries `x-ratelimit-limit-*`, `x-ratelimit-remaining-*` and
 * `x-ratelimit-reset-*` for requests and/or tokens, replacing any the provider sent.
 *
 * Put it outside `retry()`, so retries of one request count once.
 *
 * @throws TypeError at factory time naming an invalid option.
 */
export function rateLimit(options: RateLimitOptions): Middleware {
  const settings = resolveRateLimitOptions(options);
  const { store, requestsPerMinute, tokensPerMinute, now } = settings;
  const guard = storeGuard(who, settings.failOpen, settings.logger);
  const keysOf = subjectKeys(settings.name, (base) => ({
    requests: `${base}:requests`,
    tokens: `${base}:tokens`,
  }));

  /** Gives back (or adds) tokens once usage is known; a failure only logs. */
  function settle(counter: KindedCounter, delta: number): void {
    if (delta === 0) return;
    try {
      const done = store.adjust({ ...counter, cost: delta }, now());
      if (done instanceof Promise) {
        done.then(
          () => guard.succeeded('adjust'),
          (error: unknown) => guard.failed('adjust', error),
        );
      } else {
        guard.succeeded('adjust');
      }
    } catch (error) {
      guard.failed('adjust', error);
    }
  }

  /** The tokens counter of `request`, charged its estimate, and the request to send on. */
  async function tokensOf(request: Request, key: string, limit: number) {
    const asked = await askForUsage(request);
    const estimate = settings.estimateTokens(asked.facts.body, await readBodyText(request));
    if (typeof estimate !== 'number' || !Number.isFinite(estimate) || estimate < 0) {
      throw new TypeError(
        `${who}: estimateTokens must return a finite number >= 0; got ${describe(estimate)}`,
      );
    }
    const counter: KindedCounter = {
      kind: 'tokens',
      key,
      limit,
      periodMs: minuteMs,
      cost: Math.ceil(estimate),
    };
    return { counter, outgoing: asked.request, stripUsageChunk: asked.stripUsageChunk };
  }

  return (next) =>
    async function rateLimit(request) {
      // Synchronous answers (a key function, the memory store) are taken as they are: no extra turn.
      const named = subjectOf(who, settings.key, request);
      const subject = typeof named === 'object' ? await named : named;
      if (subject === undefined) return next(request);
      const keys = keysOf(subject);
      const counters: KindedCounter[] = [];
      if (requestsPerMinute !== undefined) {
        counters.push({
          kind: 'requests',
          key: keys.requests,
          limit: requestsPerMinute,
          periodMs: minuteMs,
          cost: 1,
        });
      }
      const tokens =
        tokensPerMinute === undefined ? undefined : await tokensOf(request, keys.tokens, tokensPerMinute);
      if (tokens) counters.push(tokens.counter);

      const admittedAt = now();
      let taken: TakeResult;
      try {
        const pending = store.take(counters, admittedAt);
        taken = pending instanceof Promise ? await pending : pending;
        guard.succeeded('take');
      } catch (error) {
        guard.failed('take', error);
        if (!settings.failOpen) return limitsUnavailableResponse(who);
        return withResponseHeaders(await next(request), { [limitsStatusHeader]: 'unavailable' });
      }
      const headers = rateLimitHeaders(counters, taken.tats, admittedAt);
      if (!taken.allowed) return rateLimitedResponse(counters, taken.tats, admittedAt, headers);
      if (tokens === undefined) return withResponseHeaders(await next(request), headers);

      const { counter, outgoing, stripUsageChunk } = tokens;
      const reserved = counter.cost;
      let response: Response;
      try {
        response = await next(outgoing);
      } catch (error) {
        settle(counter, -reserved);
        throw error;
      }
      if (response.status >= 400 || isCacheHit(response)) {
        settle(counter, -reserved);
        return withResponseHeaders(response, headers);
      }
      let watched = watchUsage(response, stripUsageChunk, (observation) => {
        if (observation?.usage) settle(counter, observation.usage.totalTokens - reserved);
      });
      if (watched instanceof Promise) watched = await watched;
      return withResponseHeaders(watched, headers);
    };
}

/** `RateLimitOptions` checked once at factory time. */
interface RateLimitSettings extends LimiterSettings {
  requestsPerMinute: number | undefined;
  tokensPerMinute: number | undefined;
  estimateTokens: TokenEstimator;
}

function resolveRateLimitOptions(options: RateLimitOptions): RateLimitSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `${who}: options must be an object { key, requestsPerMinute?, tokensPerMinute?, store?, failOpen? }`,
    );
  }
  const limiter = resolveLimiterOptions(who, options, { name: 'rate', store: defaultStore });
  const requestsPerMinute = checkLimit(who, 'requestsPerMinute', options.requestsPerMinute);
  const tokensPerMinute = checkLimit(who, 'tokensPerMinute', options.tokensPerMinute);
  if (requestsPerMinute === undefined && tokensPerMinute === undefined) {
    throw new TypeError(`${who}: give requestsPerMinute, tokensPerMinute or both`);
  }
  const estimator = options.estimateTokens ?? estimateTokens;
  if (typeof estimator !== 'function') {
    throw new TypeError(
      `${who}: estimateTokens must be a function (body, text) => number; got ${describe(estimator)}`,
    );
  }
  return { ...limiter, requestsPerMinute, tokensPerMinute, estimateTokens: estimator };
}

function defaultStore(): LimitStore {
  return memoryLimitStore();
}
