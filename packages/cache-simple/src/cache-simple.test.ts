import { compose, type Handler, readSseJson, withRequestOptions } from '@switchyard/core';
import { responseHeaders } from '@switchyard/core/internal';
import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import { type CacheSimpleOptions, cacheSimple } from './cache-simple.js';
import type { CacheEntry, CacheStore } from './cache-store.js';
import { memoryStore } from './memory-store.js';

const question = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
};

function chat(body: Record<string, unknown> = question, headers: Record<string, string> = {}): Request {
  return new Request('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-tenant-a', ...headers },
    body: JSON.stringify(body),
  });
}

function cached(upstream: Handler, options: CacheSimpleOptions = {}): Handler {
  return compose(cacheSimple({ logger: { warn: () => undefined }, ...options }))(upstream);
}

const status = (response: Response) => response.headers.get(responseHeaders.cacheStatus);

async function content(response: Response): Promise<string | null | undefined> {
  return ((await response.json()) as ReturnType<typeof chatCompletion>).choices[0]?.message.content;
}

async function streamedText(response: Response): Promise<string> {
  let text = '';
  for await (const chunk of readSseJson<{ choices: Array<{ delta: { content?: string } }> }>(response)) {
    text += chunk.choices[0]?.delta.content ?? '';
  }
  return text;
}

describe('cacheSimple', () => {
  it('answers MISS from upstream, then HIT from the cache without calling upstream', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Paris.' }))]);
    const pipeline = cached(upstream);
    const first = await pipeline(chat());
    expect(status(first)).toBe('MISS');
    expect(await content(first)).toBe('Paris.');
    const second = await pipeline(chat());
    expect(status(second)).toBe('HIT');
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toBe('application/json');
    expect(await content(second)).toBe('Paris.');
    expect(upstream.calls).toBe(1);
  });

  it('keys on every answer-changing parameter but not on key order or stream flags', async () => {
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const pipeline = cached(upstream);
    await pipeline(chat({ ...question, temperature: 0.2, stop: ['a', 'b'] }));
    expect(status(await pipeline(chat({ stop: ['a', 'b'], temperature: 0.2, ...question })))).toBe('HIT');
    expect(status(await pipeline(chat({ ...question, temperature: 0.3, stop: ['a', 'b'] })))).toBe('MISS');
    expect(status(await pipeline(chat({ ...question, temperature: 0.2, stop: ['b', 'a'] })))).toBe('MISS');
    expect(
      status(await pipeline(chat({ ...question, model: 'gpt-4o', temperature: 0.2, stop: ['a', 'b'] }))),
    ).toBe('MISS');
    const other = { ...question, messages: [{ role: 'user', content: 'What is the capital of Germany?' }] };
    expect(status(await pipeline(chat(other)))).toBe('MISS');
    const embeddings = new Request('https://api.openai.com/v1/embeddings', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(question),
    });
    expect(status(await pipeline(embeddings))).toBe('MISS');
    expect(upstream.calls).toBe(6);
  });

  it('never serves one tenant the answer cached for another, and never keeps their keys', async () => {
    const keys: string[] = [];
    const entries: CacheEntry[] = [];
    const inner = memoryStore();
    const spy: CacheStore = {
      get: (key) => {
        keys.push(key);
        return inner.get(key);
      },
      set: (key, entry, ttl) => {
        entries.push(entry);
        return inner.set(key, entry, ttl);
      },
    };
    const upstream = scripted([
      jsonResponse(chatCompletion({ content: 'answer for A' })),
      jsonResponse(chatCompletion({ content: 'answer for B' })),
      jsonResponse(chatCompletion({ content: 'answer for C' })),
    ]);
    const pipeline = cached(upstream, { store: spy });
    expect(await content(await pipeline(chat(question, { authorization: 'Bearer sk-tenant-a' })))).toBe(
      'answer for A',
    );
    const forB = await pipeline(chat(question, { authorization: 'Bearer sk-tenant-b' }));
    expect(status(forB)).toBe('MISS');
    expect(await content(forB)).toBe('answer for B');
    const forC = await pipeline(chat(question, { authorization: '', 'x-api-key': 'sk-ant-tenant-c' }));
    expect(await content(forC)).toBe('answer for C');
    const againA = await pipeline(chat(question, { authorization: 'Bearer sk-tenant-a' }));
    expect(status(againA)).toBe('HIT');
    expect(await content(againA)).toBe('answer for A');
    expect(upstream.calls).toBe(3);
    const everything = JSON.stringify([keys, entries]);
    for (const secret of ['sk-tenant-a', 'sk-tenant-b', 'sk-ant-tenant-c'])
      expect(everything).not.toContain(secret);
  });

  it('separates the configured namespace and the per-request cacheNamespace', async () => {
    const store = memoryStore();
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const teamA = cached(upstream, { store, namespace: 'team-a' });
    const teamB = cached(upstream, { store, namespace: 'team-b' });
    await teamA(chat());
    expect(status(await teamA(chat()))).toBe('HIT');
    expect(status(await teamB(chat()))).toBe('MISS');
    const user1 = withRequestOptions(chat(), { cacheNamespace: 'user-1' });
    expect(status(await teamA(user1))).toBe('MISS');
    expect(status(await teamA(withRequestOptions(chat(), { cacheNamespace: 'user-1' })))).toBe('HIT');
    expect(status(await teamA(chat(question, { 'x-switchyard-cache-namespace': 'user-2' })))).toBe('MISS');
    expect(upstream.calls).toBe(4);
  });

  it('force refresh skips the lookup, answers REFRESH and stores the new answer', async () => {
    const upstream = scripted([
      jsonResponse(chatCompletion({ content: 'old' })),
      jsonResponse(chatCompletion({ content: 'new' })),
    ]);
    const pipeline = cached(upstream);
    await pipeline(chat());
    const refreshed = await pipeline(withRequestOptions(chat(), { cacheForceRefresh: true }));
    expect(status(refreshed)).toBe('REFRESH');
    expect(await content(refreshed)).toBe('new');
    const after = await pipeline(chat());
    expect(status(after)).toBe('HIT');
    expect(await content(after)).toBe('new');
    expect(upstream.calls).toBe(2);
  });

  it('does not store error statuses or bodies that are not valid JSON', async () => {
    const upstream = scripted([
      openaiErrorResponse(500),
      new Response('{"truncated', { headers: { 'content-type': 'application/json' } }),
      jsonResponse(chatCompletion({ content: 'ok' })),
      new Response('{}', { status: 429, headers: { 'content-type': 'application/json' } }),
    ]);
    const pipeline = cached(upstream);
    const failed = await pipeline(chat());
    expect(failed.status).toBe(500);
    expect(status(failed)).toBe('MISS');
    expect(((await failed.json()) as { error: { message: string } }).error.message).toContain('500');
    expect(await (await pipeline(chat())).text()).toBe('{"truncated');
    expect(status(await pipeline(chat()))).toBe('MISS');
    expect(status(await pipeline(chat()))).toBe('HIT');
    expect(upstream.calls).toBe(3);
  });

  it('passes a body nested 20,000 deep through unkeyed instead of overflowing the stack', async () => {
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion({ content: 'deep' })) });
    const body = `{"model":"gpt-4o-mini","messages":[],"metadata":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const request = new Request('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const response = await cached(upstream)(request);
    expect(status(response)).toBe('DISABLED');
    expect(upstream.requests[0]?.body).toBe(body);
  });

  it('passes requests it cannot key through as DISABLED', async () => {
    const upstream = scripted([], { otherwise: () => jsonResponse({ object: 'list', data: [] }) });
    const pipeline = cached(upstream);
    const models = await pipeline(new Request('https://api.openai.com/v1/models'));
    expect(status(models)).toBe('DISABLED');
    const form = new FormData();
    form.set('model', 'whisper-1');
    const upload = new Request('https://api.openai.com/v1/audio/transcriptions', {
      method: 'POST',
      body: form,
    });
    expect(status(await pipeline(upload))).toBe('DISABLED');
    const notJson = new Request('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      body: 'hello',
    });
    expect(status(await pipeline(notJson))).toBe('DISABLED');
    expect(upstream.calls).toBe(3);
  });

  it('serves an entry for maxAge seconds only', async () => {
    let now = 1_000;
    const store = memoryStore({ now: () => now });
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const pipeline = cached(upstream, { store, maxAge: 60 });
    await pipeline(chat());
    now += 59_000;
    expect(status(await pipeline(chat()))).toBe('HIT');
    now += 2_000;
    expect(status(await pipeline(chat()))).toBe('MISS');
    expect(upstream.calls).toBe(2);
  });

  it('treats a failing store as a miss and warns once per outage', async () => {
    const warn = vi.fn();
    let broken = true;
    const inner = memoryStore();
    const flaky: CacheStore = {
      get: async (key) => {
        if (broken) throw new Error('connection refused');
        return inner.get(key);
      },
      set: (key, entry, ttl) => {
        if (broken) throw new Error('connection refused');
        return inner.set(key, entry, ttl);
      },
    };
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const pipeline = compose(cacheSimple({ store: flaky, logger: { warn } }))(upstream);
    for (let index = 0; index < 3; index++) {
      const response = await pipeline(chat());
      expect(response.status).toBe(200);
      expect(status(response)).toBe('MISS');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('connection refused');
    broken = false;
    expect(status(await pipeline(chat()))).toBe('MISS');
    expect(status(await pipeline(chat()))).toBe('HIT');
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]?.[0]).toContain('recovered');
  });

  it('rejects invalid options with a precise TypeError', () => {
    expect(() => cacheSimple({ maxAge: -1 })).toThrow(
      'cacheSimple: maxAge must be a number of seconds > 0; got -1',
    );
    expect(() => cacheSimple({ store: {} as CacheStore })).toThrow('cacheSimple: store must have get(key)');
    expect(() => cacheSimple({ namespace: '' })).toThrow('cacheSimple: namespace must be a non-empty string');
    expect(() => cacheSimple({ maxEntryBytes: 0.5 })).toThrow(
      'cacheSimple: maxEntryBytes must be an integer >= 1',
    );
    expect(() => cacheSimple({ key: 'x' as never })).toThrow(
      'cacheSimple: key must be a function; got string',
    );
    expect(() => memoryStore({ maxBytes: 0 })).toThrow(
      'memoryStore: maxBytes must be an integer >= 1; got 0',
    );
  });

  it('uses a custom key function, still partitioned by tenant', async () => {
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion()) });
    const pipeline = cached(upstream, { key: (_request, body) => String(body['model']) });
    await pipeline(chat());
    expect(status(await pipeline(chat({ ...question, temperature: 1 })))).toBe('HIT');
    expect(status(await pipeline(chat(question, { authorization: 'Bearer other' })))).toBe('MISS');
  });
});

describe('cacheSimple with streams', () => {
  const chunks = chatCompletionChunks({ content: 'The capital of France is Paris.' });
  const streamed = { ...question, stream: true, stream_options: { include_usage: true } };

  it('passes a streamed miss through, then replays it as SSE and as one JSON completion', async () => {
    const upstream = scripted([sseStreamResponse(chunks)]);
    const pipeline = cached(upstream);
    const miss = await pipeline(chat(streamed));
    expect(status(miss)).toBe('MISS');
    expect(miss.headers.get('content-type')).toContain('text/event-stream');
    expect(await streamedText(miss)).toBe('The capital of France is Paris.');

    const hit = await pipeline(chat(streamed));
    expect(status(hit)).toBe('HIT');
    expect(hit.headers.get('content-type')).toContain('text/event-stream');
    const text = await hit.text();
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    const replayed = [];
    for await (const chunk of readSseJson(new Response(text))) replayed.push(chunk);
    expect(replayed).toEqual(chunks);

    const json = await pipeline(chat(question));
    expect(status(json)).toBe('HIT');
    expect(json.headers.get('content-type')).toBe('application/json');
    const completion = (await json.json()) as ReturnType<typeof chatCompletion>;
    expect(completion.object).toBe('chat.completion');
    expect(completion.choices[0]?.message.content).toBe('The capital of France is Paris.');
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.usage).toEqual(chunks.at(-1)?.usage);
    expect(upstream.calls).toBe(1);
  });

  it('hands each chunk of a streamed miss to the caller before the upstream stream has ended', async () => {
    const encoder = new TextEncoder();
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunks[0])}\n\n`));
        await released;
        for (const chunk of chunks.slice(1))
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
      },
    });
    const upstream = scripted([new Response(body, { headers: { 'content-type': 'text/event-stream' } })]);
    const pipeline = cached(upstream);
    const miss = await pipeline(chat(streamed));
    const reader = miss.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toContain('"role":"assistant"');
    release();
    while (!(await reader.read()).done) {
      // drain to the end so the recording completes
    }
    expect(status(await pipeline(chat(streamed)))).toBe('HIT');
  });

  it('answers a streaming request from an entry stored from JSON', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Paris.' }))]);
    const pipeline = cached(upstream);
    await (await pipeline(chat())).text();
    const hit = await pipeline(chat(streamed));
    expect(status(hit)).toBe('HIT');
    const events = [];
    for await (const chunk of readSseJson<{ object: string; usage?: unknown }>(hit)) events.push(chunk);
    expect(events.every((chunk) => chunk.object === 'chat.completion.chunk')).toBe(true);
    expect(events.at(-1)?.usage).toEqual(chatCompletion().usage);
    expect(upstream.calls).toBe(1);
    const plain = await pipeline(chat({ ...question, stream: true }));
    expect(await streamedText(plain)).toBe('Paris.');
  });

  it('leaves the usage chunk out for a caller that did not ask for it, and refetches when usage is missing', async () => {
    const withoutUsage = chatCompletionChunks({ content: 'Paris.', includeUsage: false });
    const upstream = scripted([sseStreamResponse(withoutUsage), sseStreamResponse(chunks)]);
    const pipeline = cached(upstream);
    await (await pipeline(chat({ ...question, stream: true }))).text();
    const needsUsage = await pipeline(chat(streamed));
    expect(status(needsUsage)).toBe('MISS');
    await needsUsage.text();
    const hit = await pipeline(chat({ ...question, stream: true }));
    expect(status(hit)).toBe('HIT');
    const events = [];
    for await (const chunk of readSseJson<{ choices: unknown[] }>(hit)) events.push(chunk);
    expect(events).toHaveLength(chunks.length - 1);
    expect(events.every((chunk) => chunk.choices.length > 0)).toBe(true);
  });

  it('does not store a stream that ends without [DONE] or a finish reason', async () => {
    const cut = chatCompletionChunks({ content: 'The capital of', includeUsage: false }).slice(0, -1);
    const upstream = scripted([sseStreamResponse(cut, { done: false }), sseStreamResponse(chunks)]);
    const pipeline = cached(upstream);
    expect(await streamedText(await pipeline(chat(streamed)))).toBe('The capital of');
    expect(status(await pipeline(chat(streamed)))).toBe('MISS');
    expect(upstream.calls).toBe(2);
  });

  it('does not store a stream whose caller cancelled it, nor one that failed upstream', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(chunks[0])}\n\n`));
        controller.error(new Error('socket hang up'));
      },
    });
    const upstream = scripted([
      sseStreamResponse(chunks),
      new Response(failing, { headers: { 'content-type': 'text/event-stream' } }),
      sseStreamResponse(chunks),
    ]);
    const pipeline = cached(upstream);
    const cancelled = await pipeline(chat(streamed));
    const reader = cancelled.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect((await pipeline(chat(streamed))).text()).rejects.toThrow('socket hang up');
    const third = await pipeline(chat(streamed));
    expect(status(third)).toBe('MISS');
    await third.text();
    expect(status(await pipeline(chat(streamed)))).toBe('HIT');
    expect(upstream.calls).toBe(3);
  });
});

describe('cacheSimple coalescing', () => {
  it('sends concurrent identical misses upstream once and answers every waiter', async () => {
    const upstream = scripted([scripted.delay(30, jsonResponse(chatCompletion({ content: 'Paris.' })))]);
    const pipeline = cached(upstream);
    const responses = await Promise.all(Array.from({ length: 5 }, () => pipeline(chat())));
    expect(upstream.calls).toBe(1);
    expect(responses.map(status).sort()).toEqual(['HIT', 'HIT', 'HIT', 'HIT', 'MISS']);
    for (const response of responses) expect(await content(response)).toBe('Paris.');
  });

  it('coalesces a streamed miss and answers each waiter in the form it asked for', async () => {
    const chunks = chatCompletionChunks({ content: 'Paris is the capital.' });
    const upstream = scripted([scripted.delay(20, sseStreamResponse(chunks))]);
    const pipeline = cached(upstream);
    const leader = pipeline(chat({ ...question, stream: true }));
    const streamWaiter = pipeline(chat({ ...question, stream: true }));
    const jsonWaiter = pipeline(chat(question));
    // Waiters are answered once the first caller has read the stream to its end.
    expect(await streamedText(await leader)).toBe('Paris is the capital.');
    expect(await streamedText(await streamWaiter)).toBe('Paris is the capital.');
    expect(await content(await jsonWaiter)).toBe('Paris is the capital.');
    expect(upstream.calls).toBe(1);
  });

  it('answers a request arriving while the store is still writing from the finished call', async () => {
    const inner = memoryStore();
    let setCalled!: () => void;
    const writing = new Promise<void>((resolve) => {
      setCalled = resolve;
    });
    let finishWrite!: () => void;
    const slow: CacheStore = {
      get: (key) => inner.get(key),
      set: async (key, entry, ttl) => {
        setCalled();
        await new Promise<void>((resolve) => {
          finishWrite = resolve;
        });
        inner.set(key, entry, ttl);
      },
    };
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Paris.' }))]);
    const pipeline = cached(upstream, { store: slow });
    const first = pipeline(chat());
    await writing;
    const second = await pipeline(chat());
    expect(status(second)).toBe('HIT');
    expect(await content(second)).toBe('Paris.');
    finishWrite();
    expect(status(await first)).toBe('MISS');
    expect(upstream.calls).toBe(1);
  });

  it('shares an upstream error with that call’s waiters only, and caches nothing', async () => {
    const upstream = scripted([
      scripted.delay(30, new Error('connect ECONNREFUSED')),
      scripted.delay(30, openaiErrorResponse(503, 'overloaded')),
      jsonResponse(chatCompletion({ content: 'recovered' })),
    ]);
    const pipeline = cached(upstream);
    const thrown = await Promise.allSettled([pipeline(chat()), pipeline(chat()), pipeline(chat())]);
    expect(thrown.map((result) => result.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const result of thrown)
      expect((result as PromiseRejectedResult).reason.message).toBe('connect ECONNREFUSED');
    const statuses = await Promise.all([pipeline(chat()), pipeline(chat())]);
    expect(statuses.map((response) => response.status)).toEqual([503, 503]);
    for (const response of statuses) expect(await response.text()).toContain('overloaded');
    const after = await pipeline(chat());
    expect(status(after)).toBe('MISS');
    expect(await content(after)).toBe('recovered');
    expect(upstream.calls).toBe(3);
  });

  it('lets a waiter go upstream itself when the call it waited for was abandoned by its caller', async () => {
    const upstream = scripted([scripted.hang(), jsonResponse(chatCompletion({ content: 'second try' }))]);
    const pipeline = cached(upstream);
    const controller = new AbortController();
    const abandoned = pipeline(new Request(chat(), { signal: controller.signal }));
    await vi.waitFor(() => expect(upstream.calls).toBe(1));
    const waiter = pipeline(chat());
    // All in process: one event-loop turn lets the waiter find the call in flight and wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('caller went away'));
    await expect(abandoned).rejects.toThrow('caller went away');
    const response = await waiter;
    expect(status(response)).toBe('MISS');
    expect(await content(response)).toBe('second try');
    expect(upstream.calls).toBe(2);
  });

  it('stops waiting after coalesceWaitMs when the first caller never reads its stream', async () => {
    const chunks = chatCompletionChunks({ content: 'Paris.' });
    const upstream = scripted([sseStreamResponse(chunks), sseStreamResponse(chunks)]);
    const pipeline = cached(upstream, { coalesceWaitMs: 20 });
    const unread = await pipeline(chat({ ...question, stream: true }));
    expect(status(unread)).toBe('MISS');
    const second = await pipeline(chat({ ...question, stream: true }));
    expect(status(second)).toBe('MISS');
    expect(await streamedText(second)).toBe('Paris.');
    expect(upstream.calls).toBe(2);
    await unread.body?.cancel();
  });
});

describe('cacheSimple around another cache', () => {
  it('keeps an inner cache’s SEMANTIC_HIT instead of calling it a MISS', async () => {
    const inner = scripted([
      () => {
        const response = jsonResponse(chatCompletion({ content: 'cached elsewhere' }));
        response.headers.set('x-switchyard-cache-status', 'SEMANTIC_HIT');
        return response;
      },
    ]);
    const pipeline = cacheSimple()(inner);
    const response = await pipeline(
      new Request('http://x.test/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'q' }] }),
      }),
    );
    expect(response.headers.get('x-switchyard-cache-status')).toBe('SEMANTIC_HIT');
  });
});
