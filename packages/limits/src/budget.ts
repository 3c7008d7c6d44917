import type { Middleware } from '@switchyard/core';
import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';
import type { PriceTable } from '@switchyard/trace';
import { costOfUsage, validatePriceTable } from '@switchyard/trace/internal';
import { askForUsage, isCacheHit, watchUsage } from './answer-usage.js';
import {
  type BudgetPeriod,
  type BudgetWindow,
  budgetWindow,
  checkPeriod,
  periodLabel,
} from './budget-period.js';
import { limitsStatusHeader, limitsUnavailableResponse, quotaExceededResponse } from './limit-responses.js';
import type { LimitStore } from './limit-store.js';
import { memoryLimitStore } from './memory-limit-store.js';
import {
  describe,
  type LimiterOptions,
  type LimiterSettings,
  resolveLimiterOptions,
  subjectOf,
} from './option-checks.js';
import { storeGuard } from './store-guard.js';
import { subjectKeys } from './subject-key.js';

/** Options of `budget`. */
export interface BudgetOptions extends LimiterOptions {
  /** US dollars each subject may spend per period. A number > 0. Required. */
  usd: number;
  /**
   * `'day'` (UTC), `'month'` (UTC calendar month) or a number of seconds (windows of that length
   * counted from the epoch). Spend starts again from 0 in each window. Default: `'month'`.
   */
  period?: BudgetPeriod;
  /**
   * Prices per million tokens by model; they win over the catalog's for the models they name
   * (negotiated rates, private deployments), as in `trace`. Default: none.
   */
  prices?: PriceTable;
  /**
   * Price the models `prices` does not name from `@switchyard/catalog`, for the provider that
   * answered (`x-switchyard-provider`), exactly as `trace` computes `costUsd`. Default: true.
   */
  catalogPrices?: boolean;
}

const who = 'budget';
/** Models warned about as unpriced, at most this many (model names come from answers). */
const maxUnpricedWarnings = 100;

/**
 * Limits what each subject (`key(request)`) spends per `period` to `usd` US dollars, priced from
 * the answer's `usage` as `trace` prices it (the catalog's prices, or `prices`).
 *
 * The spend of the current window is checked when a request arrives: once it has reached `usd`,
 * the request gets OpenAI's exhausted-quota 429 (`error.type` and `error.code`
 * `insufficient_quota`) with `x-should-retry: false`, so the official SDKs do not retry it, and
 * never reaches `next`. An admitted request's cost is added when its usage is known: a JSON answer's
 * as soon as it has arrived, a stream's from its final usage chunk (asked for and removed again as `trace` does).
 * Requests in flight when the budget runs out are still charged, so spend may pass `usd` by what
 * they cost. Error statuses and cache hits cost nothing. A model with no known price costs nothing
 * and is warned about once: give it in `prices`.
 *
 * @throws TypeError at factory time naming an invalid option.
 */
export function budget(options: BudgetOptions): Middleware {
  const settings = resolveBudgetOptions(options);
  const { store, now, usd, period } = settings;
  const guard = storeGuard(who, settings.failOpen, settings.logger);
  // The current window, found again only when the clock leaves it; and per subject, its key in it.
  let window: BudgetWindow = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY };
  const keysOf = subjectKeys(settings.name, (base) => ({ base, start: Number.NaN, key: '' }));
  const windowKey = (subject: string) => {
    const keys = keysOf(subject);
    if (keys.start !== window.start) {
      keys.start = window.start;
      keys.key = `${keys.base}:${window.start}`;
    }
    return keys.key;
  };
  const unpriced = new Set<string>();

  function warnUnpriced(model: string | undefined, provider: string | undefined): void {
    const name = model ?? '(none)';
    if (unpriced.has(name) || unpriced.size >= maxUnpricedWarnings) return;
    unpriced.add(name);
    settings.logger.warn(
      `${who}: no price is known for model ${JSON.stringify(name)}` +
        `${provider === undefined ? '' : ` served by ${provider}`}; its usage is not counted against budgets. ` +
        'Give its price in the prices option.',
    );
  }

  function charge(key: string, cost: number, expiresAt: number): void {
    try {
      const done = store.spend(key, cost, expiresAt, now());
      if (done instanceof Promise) {
        done.then(
          () => guard.succeeded('spend'),
          (error: unknown) => guard.failed('spend', error),
        );
      } else {
        guard.succeeded('spend');
      }
    } catch (error) {
      guard.failed('spend', error);
    }
  }

  return (next) =>
    async function budget(request) {
      // Synchronous answers (a key function, the memory store) are taken as they are: no extra turn.
      const named = subjectOf(who, settings.key, request);
      const subject = typeof named === 'object' ? await named : named;
      if (subject === undefined) return next(request);
      const admittedAt = now();
      if (admittedAt < window.start || admittedAt >= window.end) window = budgetWindow(period, admittedAt);
      const { end } = window;
      const key = windowKey(subject);
      let spent: number;
      try {
        const pending = store.spent(key, admittedAt);
        spent = pending instanceof Promise ? await pending : pending;
        guard.succeeded('spent');
      } catch (error) {
        guard.failed('spent', error);
        if (!settings.failOpen) return limitsUnavailableResponse(who);
        return withResponseHeaders(await next(request), { [limitsStatusHeader]: 'unavailable' });
      }
      if (spent >= usd) return quotaExceededResponse(usd, periodLabel(period), end);

      const asked = await askForUsage(request);
      const response = await next(asked.request);
      if (response.status >= 400 || isCacheHit(response)) return response;
      const provider = response.headers.get(responseHeaders.provider) ?? undefined;
      return watchUsage(response, asked.stripUsageChunk, (observation) => {
        if (!observation?.usage) return;
        const models = { served: observation.modelServed, requested: asked.facts.model, provider };
        const cost = costOfUsage(observation.usage, models, settings.prices, settings.catalogPrices);
        if (cost === undefined) warnUnpriced(models.served ?? models.requested, provider);
        else if (cost > 0) charge(key, cost, end);
      });
    };
}

/** `BudgetOptions` checked once at factory time. */
interface BudgetSettings extends LimiterSettings {
  usd: number;
  period: BudgetPeriod;
  prices: PriceTable | undefined;
  catalogPrices: boolean;
}

function resolveBudgetOptions(options: BudgetOptions): BudgetSettings {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${who}: options must be an object { key, usd, period?, store?, failOpen? }`);
  }
  const limiter = resolveLimiterOptions(who, options, { name: 'budget', store: defaultStore });
  const { usd } = options;
  if (typeof usd !== 'number' || !Number.isFinite(usd) || usd <= 0) {
    throw new TypeError(`${who}: usd must be a number > 0 (US dollars per period); got ${describe(usd)}`);
  }
  const period = options.period === undefined ? 'month' : checkPeriod(who, options.period);
  let prices: PriceTable | undefined;
  if (options.prices !== undefined) {
    try {
      prices = validatePriceTable(options.prices);
    } catch (error) {
      // trace words the problem; this is budget's option.
      throw new TypeError(`${who}: ${(error as Error).message.replace(/^trace: /, '')}`);
    }
  }
  const catalogPrices = options.catalogPrices ?? true;
  if (typeof catalogPrices !== 'boolean') {
    throw new TypeError(`${who}: catalogPrices must be a boolean; got ${describe(catalogPrices)}`);
  }
  return { ...limiter, usd, period, prices, catalogPrices };
}

function defaultStore(): LimitStore {
  return memoryLimitStore();
}
