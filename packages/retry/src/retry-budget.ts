/**
 * A retry budget: a token bucket shared by every request that goes through the retries using it.
 * Each request deposits `ratio` tokens, each retry withdraws one; a retry is allowed only while a
 * whole token is left. In a total outage the upstream therefore sees at most
 * `requests × (1 + ratio) + maxTokens` calls instead of `requests × (attempts + 1)`, the idea of
 * gRPC retry throttling and Envoy/Finagle retry budgets.
 */
export interface RetryBudget {
  /** Records one request (a first try, not a retry). */
  deposit(): void;
  /** Takes one token for a retry; false when the budget is spent and the retry must not happen. */
  tryWithdraw(): boolean;
  /** Tokens available now. */
  readonly tokens: number;
}

/** Options of `createRetryBudget`. */
export interface RetryBudgetOptions {
  /** Tokens deposited per request, i.e. the share of requests that may be retried. Default: 0.2. */
  ratio?: number;
  /**
   * The bucket's capacity, and its content at the start: retries allowed in a burst before the
   * ratio applies, so a quiet client still gets its retries. Default: 10.
   */
  maxTokens?: number;
}

/**
 * A budget to share between several `retry()` middlewares (pass it as `budget`), so that all
 * pipelines calling one upstream together stay within `ratio` extra load.
 *
 * @throws TypeError when `ratio` is not a number in [0, 1] or `maxTokens` is not a number >= 1.
 */
export function createRetryBudget(options: RetryBudgetOptions = {}): RetryBudget {
  const ratio = options.ratio ?? 0.2;
  const maxTokens = options.maxTokens ?? 10;
  if (typeof ratio !== 'number' || !(ratio >= 0 && ratio <= 1)) {
    throw new TypeError(`createRetryBudget: ratio must be a number between 0 and 1; got ${String(ratio)}`);
  }
  if (typeof maxTokens !== 'number' || !Number.isFinite(maxTokens) || maxTokens < 1) {
    throw new TypeError(
      `createRetryBudget: maxTokens must be a finite number >= 1; got ${String(maxTokens)}`,
    );
  }
  let tokens = maxTokens;
  return {
    deposit() {
      tokens = Math.min(maxTokens, tokens + ratio);
    },
    tryWithdraw() {
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    get tokens() {
      return tokens;
    },
  };
}
