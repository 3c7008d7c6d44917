import { costOf } from '@switchyard/catalog';
import type { TraceUsage } from './trace-record.js';

/** Prices of one model in US dollars per million tokens. */
export interface ModelPrice {
  /** Per million prompt tokens. */
  input: number;
  /** Per million completion tokens. */
  output: number;
  /** Per million prompt tokens read from the provider's cache. Default: the `input` price. */
  cachedInput?: number;
}

/** Prices by model name, e.g. `{ 'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 } }`. */
export type PriceTable = Readonly<Record<string, ModelPrice>>;

/**
 * A copy of `table` with every price checked.
 *
 * @throws TypeError naming the model and field that is not a finite number >= 0.
 */
export function validatePriceTable(table: unknown): PriceTable {
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new TypeError('trace: prices must be an object of model name to { input, output, cachedInput? }');
  }
  const result: Record<string, ModelPrice> = {};
  for (const [model, price] of Object.entries(table)) {
    if (typeof price !== 'object' || price === null) {
      throw new TypeError(`trace: prices["${model}"] must be an object { input, output, cachedInput? }`);
    }
    const { input, output, cachedInput } = price as Record<string, unknown>;
    const checked: ModelPrice = {
      input: checkPrice(model, 'input', input),
      output: checkPrice(model, 'output', output),
    };
    if (cachedInput !== undefined) checked.cachedInput = checkPrice(model, 'cachedInput', cachedInput);
    result[model] = checked;
  }
  return result;
}

function checkPrice(model: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`trace: prices["${model}"].${field} must be a number >= 0; got ${String(value)}`);
  }
  return value;
}

/** The cost of `usage` at `price`, in US dollars. */
export function costAt(price: ModelPrice, usage: TraceUsage): number {
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const uncached = usage.inputTokens - cached;
  const dollars =
    uncached * price.input + cached * (price.cachedInput ?? price.input) + usage.outputTokens * price.output;
  return dollars / 1_000_000;
}

/**
 * The cost of `usage`: from `table` when it names the served or the requested model, else (when
 * `useCatalog`) from the catalog's prices for that model as `provider` serves it. Undefined when no
 * price is known: a record never carries a guessed cost.
 */
export function costOfUsage(
  usage: TraceUsage,
  models: { served: string | undefined; requested: string | undefined; provider: string | undefined },
  table: PriceTable | undefined,
  useCatalog: boolean,
): number | undefined {
  // The model that answered decides the price; the requested one only when the answer named none
  // (a fallback may have served another model, which must not be priced as the one asked for).
  const model = models.served ?? models.requested;
  if (model === undefined) return undefined;
  const price = table?.[model];
  if (price) return costAt(price, usage);
  if (!useCatalog) return undefined;
  const tokens = {
    prompt_tokens: usage.inputTokens,
    completion_tokens: usage.outputTokens,
    prompt_tokens_details: {
      cached_tokens: usage.cachedInputTokens,
      cache_creation_tokens: usage.cacheWriteInputTokens,
    },
  };
  return (
    costOf(model, tokens, models.provider === undefined ? {} : { provider: models.provider }) ?? undefined
  );
}
