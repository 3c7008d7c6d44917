import { describe, expect, it } from 'vitest';
import { catalog, costOf, findModel } from './catalog.js';

describe('costOf', () => {
  it('prices uncached input, cached input and output at their own rates', () => {
    const usage = {
      prompt_tokens: 2000,
      completion_tokens: 500,
      prompt_tokens_details: { cached_tokens: 1000 },
    };
    // 1000 × $2.50 + 1000 × $1.25 + 500 × $10, per million.
    expect(costOf('gpt-4o', usage)).toBeCloseTo(0.00875, 12);
    expect(costOf('gpt-4o-2024-08-06', usage)).toBeCloseTo(0.00875, 12);
    // The May 2024 snapshot has its own, higher price and no cache discount.
    expect(costOf('gpt-4o-2024-05-13', usage)).toBeCloseTo((2000 * 5 + 500 * 15) / 1e6, 12);
  });

  it('prices Anthropic cache reads and writes as the Anthropic provider reports them', () => {
    // The usage providers-anthropic produces for input 12, cache read 2000, cache write 100, output 3.
    const usage = {
      prompt_tokens: 2112,
      completion_tokens: 3,
      total_tokens: 2115,
      prompt_tokens_details: { cached_tokens: 2000, cache_creation_tokens: 100 },
    };
    // 12 × $3 + 2000 × $0.30 + 100 × $3.75 + 3 × $15, per million.
    expect(costOf('claude-sonnet-4-5-20250929', usage)).toBeCloseTo(0.001056, 12);
    expect(costOf('claude-sonnet-4-5', usage, { provider: 'anthropic' })).toBeCloseTo(0.001056, 12);
  });

  it('bills the whole request at long-context rates above the threshold', () => {
    expect(costOf('gemini-2.5-pro', { prompt_tokens: 200_000, completion_tokens: 1000 })).toBeCloseTo(
      (200_000 * 1.25 + 1000 * 10) / 1e6,
      12,
    );
    expect(costOf('gemini-2.5-pro', { prompt_tokens: 250_000, completion_tokens: 1000 })).toBeCloseTo(
      0.64,
      12,
    );
  });

  it('prices embeddings by input tokens alone', () => {
    expect(costOf('text-embedding-3-small', { prompt_tokens: 1_000_000 })).toBeCloseTo(0.02, 12);
    expect(
      costOf('amazon.titan-embed-text-v2:0', { prompt_tokens: 500_000 }, { provider: 'bedrock' }),
    ).toBeCloseTo(0.01, 12);
  });

  it('prices the Cohere and hosted-preset models per provider', () => {
    // 1000 × $2.50 + 500 × $10, per million.
    expect(costOf('command-a-03-2025', { prompt_tokens: 1000, completion_tokens: 500 })).toBeCloseTo(
      0.0075,
      12,
    );
    expect(costOf('embed-v4.0', { prompt_tokens: 1_000_000 }, { provider: 'cohere' })).toBeCloseTo(0.12, 12);
    // Kimi cache hits at $0.15: 1000 uncached × $0.60 + 1000 cached × $0.15 + 100 × $2.50.
    expect(
      costOf(
        'kimi-k2-0905-preview',
        { prompt_tokens: 2000, completion_tokens: 100, prompt_tokens_details: { cached_tokens: 1000 } },
        { provider: 'moonshot' },
      ),
    ).toBeCloseTo((1000 * 0.6 + 1000 * 0.15 + 100 * 2.5) / 1e6, 12);
    expect(costOf('voyage-3.5', { prompt_tokens: 1_000_000 }, { provider: 'voyage' })).toBeCloseTo(0.06, 12);
    expect(costOf('jamba-large', { prompt_tokens: 1_000_000 }, { provider: 'groq' })).toBeNull();
  });

  it('prices Workers AI models by their @cf ids, in dollars rather than Neurons', () => {
    // 1000 × $0.293 + 500 × $2.253, per million.
    expect(
      costOf(
        '@cf/meta/llama-3.3-70b-instruct-fp8-fast',
        { prompt_tokens: 1000, completion_tokens: 500 },
        { provider: 'workers-ai' },
      ),
    ).toBeCloseTo((1000 * 0.293 + 500 * 2.253) / 1e6, 12);
    expect(
      costOf('@cf/baai/bge-base-en-v1.5', { prompt_tokens: 1_000_000 }, { provider: 'workers-ai' }),
    ).toBeCloseTo(0.067, 12);
    expect(findModel('@cf/baai/bge-base-en-v1.5')?.kind).toBe('embedding');
    // The @cf/<author>/ prefix is part of the id: no prefix matching.
    expect(
      costOf('llama-3.3-70b-instruct-fp8-fast', { prompt_tokens: 1000 }, { provider: 'workers-ai' }),
    ).toBeNull();
  });

  it('returns null for a model it does not know, never a guess', () => {
    const usage = { prompt_tokens: 10, completion_tokens: 10 };
    expect(costOf('gpt-4o-ultra', usage)).toBeNull();
    expect(costOf('my-finetune:ft-123', usage)).toBeNull();
    expect(costOf('llama3.2', usage, { provider: 'ollama' })).toBeNull();
    // Known model, other provider: unknown there.
    expect(costOf('gpt-4o', usage, { provider: 'groq' })).toBeNull();
    // Regional Bedrock profiles of 4.5 models cost a premium the catalog does not list.
    expect(costOf('us.anthropic.claude-sonnet-4-5-20250929-v1:0', usage, { provider: 'bedrock' })).toBeNull();
  });

  it('finds a model per provider', () => {
    expect(costOf('gpt-4o', { prompt_tokens: 1_000_000 }, { provider: 'azure-openai' })).toBeCloseTo(2.5, 12);
    expect(
      costOf('claude-sonnet-4@20250514', { prompt_tokens: 100_000 }, { provider: 'vertex-ai' }),
    ).toBeCloseTo(0.3, 12);
    expect(
      costOf(
        'us.anthropic.claude-sonnet-4-20250514-v1:0',
        { prompt_tokens: 0, completion_tokens: 1_000_000 },
        { provider: 'bedrock' },
      ),
    ).toBeCloseTo(15, 12);
    expect(costOf('gemini-2.0-flash', { prompt_tokens: 1_000_000 }, { provider: 'vertex-ai' })).toBeCloseTo(
      0.15,
      12,
    );
    expect(costOf('gemini-2.0-flash', { prompt_tokens: 1_000_000 }, { provider: 'google' })).toBeCloseTo(
      0.1,
      12,
    );
    expect(findModel('GPT-4O')?.provider).toBe('openai');
    // The names the Google provider package answers with.
    expect(findModel('gemini-2.0-flash', { provider: 'gemini' })?.provider).toBe('google');
    expect(findModel('gemini-2.0-flash', { provider: 'vertex' })?.provider).toBe('vertex-ai');
  });

  it.each([
    [null, 'costOf: usage must be an object'],
    [{ prompt_tokens: -1 }, 'costOf: usage.prompt_tokens must be a number >= 0; got -1'],
    [
      { prompt_tokens: 1, completion_tokens: '5' },
      'costOf: usage.completion_tokens must be a number >= 0; got 5',
    ],
  ])('rejects malformed usage %o', (usage, message) => {
    expect(() => costOf('gpt-4o', usage as never)).toThrow(new TypeError(message));
  });
});

describe('catalog', () => {
  const providers = [
    'openai',
    'anthropic',
    'google',
    'vertex-ai',
    'bedrock',
    'azure-openai',
    'groq',
    'deepseek',
    'mistral-ai',
    'x-ai',
    'together-ai',
    'fireworks-ai',
    'cohere',
    'ai21',
    'moonshot',
    'z-ai',
    'dashscope',
    'sambanova',
    'voyage',
    'workers-ai',
  ];

  it('covers every hosted provider Switchyard ships', () => {
    expect([...new Set(catalog.map((info) => info.provider))].sort()).toEqual([...providers].sort());
  });

  it('has well-formed entries: window, prices, a date, a source', () => {
    for (const info of catalog) {
      const where = `${info.provider}/${info.model}`;
      expect(Number.isInteger(info.contextWindow) && info.contextWindow > 0, where).toBe(true);
      for (const prices of [info.prices, info.longContext?.prices].filter((value) => value !== undefined)) {
        for (const value of Object.values(prices))
          expect(value >= 0 && Number.isFinite(value), where).toBe(true);
      }
      expect(info.pricesAsOf, where).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(Number.isNaN(Date.parse(info.pricesAsOf)), where).toBe(false);
      expect(info.source, where).toMatch(/^https:\/\//);
    }
  });

  it('never names one id twice for one provider', () => {
    const seen = new Set<string>();
    for (const info of catalog) {
      for (const id of [info.model, ...(info.aliases ?? [])]) {
        const key = `${info.provider}/${id.toLowerCase()}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });
});
