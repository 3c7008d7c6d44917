import { compose, type Handler, readJsonBody, withRequestOptions } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  collectSse,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { type CacheSemanticOptions, cacheSemantic } from './cache-semantic.js';
import { functionEmbedder } from './embedder.js';
import { memoryVectorStore } from './memory-vector-store.js';
import { bagOfWordsEmbedder } from './test-support/bag-of-words-embedder.js';

interface ChatInit {
  prompt: string;
  model?: string;
  system?: string;
  headers?: Record<string, string>;
  extra?: Record<string, unknown>;
}

function chat({ prompt, model = 'gpt-4o', system, headers, extra }: ChatInit): Request {
  const messages = [
    ...(system ? [{ role: 'system', content: system }] : []),
    { role: 'user', content: prompt },
  ];
  return new Request('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-tenant-a', ...headers },
    body: JSON.stringify({ model, messages, ...extra }),
  });
}

/** Answers every request with a completion naming the prompt it answered. */
function echoUpstream(): ReturnType<typeof scripted> {
  return scripted([], {
    otherwise: async (request: Request) => {
      const body = await readJsonBody<{ messages: { content: string }[] }>(request);
      return jsonResponse(chatCompletion({ content: `answer to: ${body.messages.at(-1)?.content}` }));
    },
  });
}

function pipeline(upstream: Handler, options: CacheSemanticOptions = {}) {
  return compose(cacheSemantic({ embedder: bagOfWordsEmbedder(), threshold: 0.3, ...options }))(upstream);
}

async function content(response: Response): Promise<string | null | undefined> {
  const body = (await response.json()) as ReturnType<typeof chatCompletion>;
  return body.choices[0]?.message.content;
}

const status = (response: Response) => response.headers.get(responseHeaders.cacheStatus);

describe('cacheSemantic', () => {
  it('answers a paraphrase from the cache: MISS, then SEMANTIC_HIT with the similarity', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    const first = await handler(chat({ prompt: 'What is the capital of France?' }));
    expect(status(first)).toBe('MISS');
    expect(await content(first)).toBe('answer to: What is the capital of France?');
    const second = await handler(chat({ prompt: "Tell me France's capital" }));
    expect(status(second)).toBe('SEMANTIC_HIT');
    expect(Number(second.headers.get(responseHeaders.cacheSimilarity))).toBeGreaterThan(0.3);
    expect(await content(second)).toBe('answer to: What is the capital of France?');
    expect(upstream.calls).toBe(1);
  });

  it('lets a paraphrase differ in phrasing words only when the embeddings agree closely (relaxedSimilarity)', async () => {
    // Two prompts at a chosen cosine: "Why is the sky blue?" stored, "Why does the sky look blue?" asked.
    const at = (cosine: number) =>
      functionEmbedder({
        id: `fixed-${cosine}`,
        dimensions: 2,
        embed: async (texts) =>
          texts.map((text) =>
            text.includes('look')
              ? Float32Array.of(cosine, Math.sqrt(1 - cosine ** 2))
              : Float32Array.of(1, 0),
          ),
      });
    for (const [cosine, expected] of [
      [0.7, 'MISS'],
      [0.9, 'SEMANTIC_HIT'],
    ] as const) {
      const handler = pipeline(echoUpstream(), { embedder: at(cosine), threshold: 0.65 });
      await handler(chat({ prompt: 'Why is the sky blue?' }));
      expect(status(await handler(chat({ prompt: 'Why does the sky look blue?' }))), String(cosine)).toBe(
        expected,
      );
    }
  });

  it('does not answer a near-miss that embeddings rate close (capital of Germany after France)', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    await handler(chat({ prompt: 'What is the capital of France?' }));
    const germany = await handler(chat({ prompt: 'What is the capital of Germany?' }));
    expect(status(germany)).toBe('MISS');
    expect(await content(germany)).toBe('answer to: What is the capital of Germany?');
    expect(upstream.calls).toBe(2);
  });

  it('answers nothing across a different model, system prompt, sampling parameter or earlier turn', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    await handler(chat({ prompt: 'What is the capital of France?' }));
    const variants = [
      chat({ prompt: 'What is the capital of France?', model: 'gpt-4o-mini' }),
      chat({ prompt: 'What is the capital of France?', system: 'Answer in French.' }),
      chat({ prompt: 'What is the capital of France?', extra: { temperature: 1.5 } }),
      chat({ prompt: 'What is the capital of France?', extra: { response_format: { type: 'json_object' } } }),
    ];
    for (const request of variants) expect(status(await handler(request))).toBe('MISS');
    expect(upstream.calls).toBe(5);
  });

  it('never serves one tenant the answer cached for another (credential hash, or namespace)', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream);
    await handler(chat({ prompt: 'What is the capital of France?' }));
    const otherKey = chat({
      prompt: 'What is the capital of France?',
      headers: { authorization: 'Bearer sk-tenant-b' },
    });
    expect(status(await handler(otherKey))).toBe('MISS');
    const namespaced = withRequestOptions(chat({ prompt: 'What is the capital of France?' }), {
      cacheNamespace: 'team-2',
    });
    expect(status(await handler(namespaced))).toBe('MISS');
    expect(status(await handler(chat({ prompt: 'What is the capital of France?' })))).toBe('SEMANTIC_HIT');
    expect(upstream.calls).toBe(3);
  });

  it('keeps caches with different namespaces apart in one store', async () => {
    const store = memoryVectorStore();
    const upstream = echoUpstream();
    await pipeline(upstream, { store, namespace: 'app-1' })(chat({ prompt: 'Why is the sky blue?' }));
    expect(
      status(
        await pipeline(upstream, { store, namespace: 'app-2' })(chat({ prompt: 'Why is the sky blue?' })),
      ),
    ).toBe('MISS');
    expect(
      status(
        await pipeline(upstream, { store, namespace: 'app-1' })(chat({ prompt: 'Why is the sky blue?' })),
      ),
    ).toBe('SEMANTIC_HIT');
  });

  it('uses the partition option instead of the credential hash when given', async () => {
    const upstream = echoUpstream();
    const handler = pipeline(upstream, {
      partition: (request) => request.headers.get('x-user') ?? undefined,
    });
    await handler(chat({ prompt: 'Why is the sky blue?', headers: { 'x-user': 'u1' } }));
    expect(status(await handler(chat({ prompt: 'Why is the sky blue?', headers: { 'x-user': 'u2' } })))).toBe(
      'MISS',
    );
    const sameUserOtherKey = chat({
      prompt: 'Why is the sky blue?',
      headers: { 'x-user': 'u1', authorization: 'Bearer x' },
    });
    expect(status(await handler(sameUserOtherKey))).toBe('SEMANTIC_HIT');
  });

  it('skips the lookup and stores the fresh answer on cacheForceRefresh (REFRESH)', async () => {
    let version = 0;
    const upstream = scripted([], {
      otherwise: () => jsonResponse(chatCompletion({ content: `v${++version}` })),
    });
    const handler = pipeline(upstream);
    await handler(chat({ prompt: 'What is the capital of France?' }));
    const refreshed = await handler(
      withRequestOptions(chat({ prompt: 'What is the capital of France?' }), { cacheForceRefresh: true }),
    );
    expect(status(refreshed)).toBe('REFRESH');
    expect(await content(refreshed)).toBe('v2');
    const hit = await handler(chat({ prompt: 'What is the capital of France?' }));
    expect(status(hit)).toBe('SEMANTIC_HIT');
    expect(await content(hit)).toBe('v2');
  });

  it('serves an entry for maxAge seconds only', async () => {
    vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] });
    try {
      const upstream = echoUpstream();
      const handler = pipeline(upstream, { maxAge: 60 });
      await handler(chat({ prompt: 'What is the capital of France?' }));
      vi.setSystemTime(1_700_000_059_000);
      expect(status(await handler(chat({ prompt: "Tell me France's capital" })))).toBe('SEMANTIC_HIT');
      vi.setSystemTime(1_700_000_061_000);
      expect(status(await handler(chat({ prompt: "Tell me France's capital" })))).toBe('MISS');
      expect(upstream.calls).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stores only complete 200 answers', async () => {
    const cut = chatCompletion({ content: 'cut' });
    const unfinished = { ...cut, choices: cut.choices.map((choice) => ({ ...choice, finish_reason: null })) };
    const upstream = scripted([
      openaiErrorResponse(500),
      jsonResponse(unfinished),
      jsonResponse(chatCompletion({ content: 'ok' })),
    ]);
    const handler = pipeline(upstream);
    expect((await handler(chat({ prompt: 'Why is the sky blue?' }))).status).toBe(500);
    expect(status(await handler(chat({ prompt: 'Why is the sky blue?' })))).toBe('MISS');
    expect(status(await handler(chat({ prompt: 'Why is the sky blue?' })))).toBe('MISS');
    expect(upstream.calls).toBe(3);
  });

  it('passes through requests it cannot compare, marked DISABLED, without embedding them', async () => {
    const embedder = bagOfWordsEmbedder();
    const upstream = scripted([], { otherwise: () => jsonResponse({ ok: true }) });
    const handler = compose(cacheSemantic({ embedder }))(upstream);
    const embeddings = new Request('https://api.openai.com/v1/embeddings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'text-embedding-3-small', input: 'hi' }),
    });
    expect(status(await handler(embeddings))).toBe('DISABLED');
    const image = chat({ prompt: 'x' });
    const withImage = new Request(image.url, {
      method: 'POST',
      headers: image.headers,
      body: JSON.stringify({
        model: 'gpt-4o',
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x/y.png' } }] }],
      }),
    });
    expect(status(await handler(withImage))).toBe('DISABLED');
    const assistantLast = new Request(image.url, {
      method: 'POST',
      headers: image.headers,
      body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'assistant', content: 'Hi' }] }),
    });
    expect(status(await handler(assistantLast))).toBe('DISABLED');
    expect(embedder.calls).toEqual([]);
    expect(upstream.calls).toBe(3);
  });

  it('passes a request through (DISABLED) with a warning when the embedder fails', async () => {
    const warnings: string[] = [];
    const failing = functionEmbedder({
      id: 'down',
      dimensions: 4,
      embed: () => Promise.reject(new Error('embedding service unavailable')),
    });
    const upstream = echoUpstream();
    const handler = compose(
      cacheSemantic({ embedder: failing, logger: { warn: (message) => warnings.push(message) } }),
    )(upstream);
    const response = await handler(chat({ prompt: 'Why is the sky blue?' }));
    expect(status(response)).toBe('DISABLED');
    expect(await content(response)).toBe('answer to: Why is the sky blue?');
    expect(warnings).toEqual([
      'cacheSemantic: embedder down failed, request passed through: embedding service unavailable',
    ]);
  });

  it('treats a failing store as a miss, with a warning', async () => {
    const warnings: string[] = [];
    const store = {
      search: () => Promise.reject(new Error('connection refused')),
      add: () => Promise.reject(new Error('connection refused')),
    };
    const handler = pipeline(echoUpstream(), {
      store,
      logger: { warn: (message) => warnings.push(message) },
    });
    const response = await handler(chat({ prompt: 'Why is the sky blue?' }));
    expect(status(response)).toBe('MISS');
    expect(await content(response)).toBe('answer to: Why is the sky blue?');
    expect(warnings).toEqual([
      'cacheSemantic: store search failed, treated as a miss: connection refused',
      'cacheSemantic: store add failed: connection refused',
    ]);
  });

  it('records a streamed miss while passing it through, and replays it as a stream or as JSON', async () => {
    const upstream = scripted([
      sseStreamResponse(chatCompletionChunks({ content: 'Paris is the capital.', includeUsage: true })),
    ]);
    const store = memoryVectorStore();
    const handler = pipeline(upstream, { store });
    const streamed = await handler(
      chat({ prompt: 'What is the capital of France?', extra: { stream: true } }),
    );
    expect(status(streamed)).toBe('MISS');
    const chunks = await collectSse(streamed);
    expect(chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(
      'Paris is the capital.',
    );
    await vi.waitFor(() => expect(store.size).toBe(1));

    const replay = await handler(
      chat({
        prompt: "Tell me France's capital",
        extra: { stream: true, stream_options: { include_usage: true } },
      }),
    );
    expect(status(replay)).toBe('SEMANTIC_HIT');
    expect(replay.headers.get('content-type')).toContain('text/event-stream');
    const replayed = await collectSse(replay);
    expect(replayed.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('')).toBe(
      'Paris is the capital.',
    );
    expect(replayed.at(-1)?.usage?.total_tokens).toBe(15);

    const asJson = await handler(chat({ prompt: "Tell me France's capital" }));
    expect(status(asJson)).toBe('SEMANTIC_HIT');
    expect(await content(asJson)).toBe('Paris is the capital.');
    expect(upstream.calls).toBe(1);
  });

  it('does not store a stream that breaks off', async () => {
    const chunks = chatCompletionChunks({ content: 'Paris is' }).slice(0, 2);
    const upstream = scripted([sseStreamResponse(chunks, { done: false })]);
    const store = memoryVectorStore();
    const handler = pipeline(upstream, { store });
    const streamed = await handler(
      chat({ prompt: 'What is the capital of France?', extra: { stream: true } }),
    );
    await collectSse(streamed);
    // All in process: one event-loop turn is what a complete stream takes to be stored.
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.size).toBe(0);
  });

  it('keeps the HIT of an inner cache instead of marking the response MISS', async () => {
    const inner = scripted([], {
      otherwise: () =>
        jsonResponse(chatCompletion({ content: 'from inner cache' }), {
          headers: { 'x-switchyard-cache-status': 'HIT' },
        }),
    });
    const handler = pipeline(inner);
    const response = await handler(chat({ prompt: 'Why is the sky blue?' }));
    expect(status(response)).toBe('HIT');
  });

  it('validates its options', () => {
    const embedder = bagOfWordsEmbedder();
    expect(() => cacheSemantic({ embedder, threshold: 1.5 })).toThrow(
      'cacheSemantic: threshold must be a number > 0 and <= 1; got 1.5',
    );
    expect(() => cacheSemantic({ embedder, maxAge: 0 })).toThrow(
      'cacheSemantic: maxAge must be a number of seconds > 0; got 0',
    );
    expect(() => cacheSemantic({ embedder, candidates: 0 })).toThrow(
      'cacheSemantic: candidates must be an integer from 1 to 100; got 0',
    );
    expect(() => cacheSemantic({ embedder, store: {} as never })).toThrow(
      'cacheSemantic: store must have search() and add() (a VectorStore)',
    );
  });
});
