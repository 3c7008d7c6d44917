/** Prices in US dollars per million tokens. */
export interface TokenPrices {
  /** Uncached input (prompt) tokens. */
  input: number;
  /** Output (completion) tokens, reasoning tokens included. */
  output: number;
  /** Input tokens read from the provider's prompt cache. Default when absent: the `input` price (no discount). */
  cachedInput?: number;
  /** Input tokens written to the prompt cache (Anthropic's 5-minute cache write). Default when absent: the `input` price. */
  cacheWrite?: number;
}

/** What the catalog knows about one model as one provider serves it. */
export interface ModelInfo {
  /** Provider slug, as Portkey names it: `openai`, `anthropic`, `google`, `vertex-ai`, `bedrock`, `azure-openai`, `groq`, ... */
  provider: string;
  /** The model id as the provider's API takes it in requests. */
  model: string;
  /** Other ids naming the same model at the same price (dated snapshots, `-latest` aliases, inference profiles). */
  aliases?: readonly string[];
  /** `chat` for generation models, `embedding` for embedding models. */
  kind: 'chat' | 'embedding';
  /** Context window in tokens (input plus output). */
  contextWindow: number;
  /** The most output tokens one response may have, when the provider documents a limit below the window. */
  maxOutputTokens?: number;
  /** Standard (on-demand, global) prices. */
  prices: TokenPrices;
  /** Prices for a request whose prompt exceeds `aboveInputTokens` (the whole request is billed at them). */
  longContext?: { aboveInputTokens: number; prices: TokenPrices };
  /** The day the prices were taken from the provider's pricing page, `YYYY-MM-DD`. */
  pricesAsOf: string;
  /** The pricing page the prices come from. */
  source: string;
}
