import { responseHeaders } from '@switchyard/core/internal';
import { scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { hostedPresets } from './hosted-presets.js';
import { openaiCompatible } from './openai-compatible.js';
import { groq, mistralAI, ollama, openaiCompatiblePresets, presetDefaults } from './presets.js';

function chat(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request('http://switchyard.local/v1/chat/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer caller-key', ...headers },
    body: JSON.stringify(body),
  });
}

const ok = () => new Response('{"id":"x"}', { headers: { 'content-type': 'application/json' } });

describe('openaiCompatiblePresets', () => {
  const slugs = [
    'groq',
    'together-ai',
    'fireworks-ai',
    'deepseek',
    'mistral-ai',
    'x-ai',
    'openrouter',
    'perplexity-ai',
    'cerebras',
    'ollama',
    'vllm',
    'lm-studio',
  ];

  it('has a preset for every Portkey slug', () => {
    expect(Object.keys(openaiCompatiblePresets).sort()).toEqual(
      [...slugs, ...Object.keys(hostedPresets)].sort(),
    );
  });

  it.each(slugs)(
    '%s sends chat to its documented base URL with its own bearer key and names itself',
    async (slug) => {
      const transport = scripted([ok()]);
      const response = await openaiCompatiblePresets[slug]!({ apiKey: `key-${slug}` })(transport)(
        chat({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
      );
      const sent = transport.requests[0]!;
      expect(sent.url).toBe(
        `${presetDefaults[slug as keyof typeof presetDefaults].baseURL}/chat/completions`,
      );
      expect(sent.headers.get('authorization')).toBe(`Bearer key-${slug}`);
      expect(response.headers.get(responseHeaders.provider)).toBe(slug);
    },
  );

  it('requires a key for hosted providers, not for local servers', () => {
    expect(() => groq({})).toThrow(new TypeError('groq: apiKey must be a non-empty string'));
    expect(() => openaiCompatiblePresets['x-ai']!({})).toThrow(
      new TypeError('x-ai: apiKey must be a non-empty string'),
    );
    expect(() => ollama()).not.toThrow();
  });

  it('sends no authorization to a keyless local server, even when the caller had one', async () => {
    const transport = scripted([ok()]);
    await ollama({ baseURL: 'http://127.0.0.1:11434/v1' })(transport)(
      chat({ model: 'llama3', messages: [] }),
    );
    expect(transport.requests[0]!.url).toBe('http://127.0.0.1:11434/v1/chat/completions');
    expect(transport.requests[0]!.headers.get('authorization')).toBeNull();
  });

  it('drops the parameters Groq rejects, including messages[].name', async () => {
    const transport = scripted([ok()]);
    await groq({ apiKey: 'k' })(transport)(
      chat({
        model: 'llama-3.3-70b-versatile',
        messages: [{ role: 'user', content: 'hi', name: 'ada' }],
        logprobs: true,
        top_logprobs: 2,
        logit_bias: { '1': 2 },
        temperature: 0.5,
      }),
    );
    expect(JSON.parse(transport.requests[0]!.body)).toEqual({
      model: 'llama-3.3-70b-versatile',
      messages: [{ role: 'user', content: 'hi' }],
      temperature: 0.5,
    });
  });

  it('answers 400 naming the parameter when onUnsupportedParam is error', async () => {
    const transport = scripted([]);
    const response = await groq({ apiKey: 'k', onUnsupportedParam: 'error' })(transport)(
      chat({ model: 'm', messages: [], logit_bias: { '1': 2 } }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message: 'groq does not support logit_bias',
        type: 'invalid_request_error',
        code: 'unsupported_parameter',
        param: 'logit_bias',
      },
    });
    expect(transport.calls).toBe(0);
  });

  it('renames seed and max_completion_tokens for Mistral', async () => {
    const transport = scripted([ok()]);
    await mistralAI({ apiKey: 'k' })(transport)(
      chat({ model: 'mistral-large-latest', messages: [], seed: 7, max_completion_tokens: 50 }),
    );
    expect(JSON.parse(transport.requests[0]!.body)).toEqual({
      model: 'mistral-large-latest',
      messages: [],
      random_seed: 7,
      max_tokens: 50,
    });
  });

  it('leaves the body byte-for-byte alone when nothing needs rewriting', async () => {
    const transport = scripted([ok()]);
    const text = '{"model":"m",  "messages":[] , "logprobs":true}';
    await openaiCompatiblePresets['together-ai']!({ apiKey: 'k' })(transport)(
      new Request('http://x/v1/chat/completions', { method: 'POST', body: text }),
    );
    expect(transport.requests[0]!.body).toBe(text);
  });
});

describe('openaiCompatible errors', () => {
  const provider = openaiCompatible({
    name: 'local',
    baseURL: 'http://127.0.0.1:9/v1',
    apiKey: 'secret-local-key',
  });

  it.each([
    [
      'vLLM',
      {
        object: 'error',
        message: 'max_tokens is too large',
        type: 'BadRequestError',
        param: null,
        code: 400,
      },
      { message: 'max_tokens is too large', type: 'BadRequestError', code: 'invalid_request', param: null },
    ],
    [
      'Azure',
      { error: { code: '429', message: 'Requests to the deployment have exceeded the rate limit' } },
      {
        message: 'Requests to the deployment have exceeded the rate limit',
        type: 'invalid_request_error',
        code: 'invalid_request',
        param: null,
      },
    ],
    [
      'a string error',
      { error: 'model not found' },
      { message: 'model not found', type: 'invalid_request_error', code: 'invalid_request', param: null },
    ],
    [
      'FastAPI',
      { detail: 'Not authenticated' },
      { message: 'Not authenticated', type: 'invalid_request_error', code: 'invalid_request', param: null },
    ],
  ])('turns a %s error body into OpenAI shape', async (_label, upstream, expected) => {
    const response = await provider(scripted([new Response(JSON.stringify(upstream), { status: 400 })]))(
      chat({ model: 'm', messages: [] }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expected });
  });

  it('keeps an OpenAI-shaped error body with a code and its status as they are', async () => {
    for (const code of ['context_length_exceeded', 'insufficient_quota']) {
      const body = `{"error":{"message":"No","type":"invalid_request_error","code":"${code}","param":"messages"}}`;
      const response = await provider(scripted([new Response(body, { status: 400 })]))(
        chat({ model: 'm', messages: [] }),
      );
      expect(response.status).toBe(400);
      expect(await response.text()).toBe(body);
    }
  });

  it('gives an error body without a code, or with a status for one, the code its status means', async () => {
    for (const [status, code, expected] of [
      [503, null, 'overloaded'],
      [429, '429', 'rate_limit_exceeded'],
      [401, null, 'invalid_api_key'],
    ] as const) {
      const body = JSON.stringify({ error: { message: 'No', type: 'server_error', code, param: null } });
      const response = await provider(scripted([new Response(body, { status })]))(
        chat({ model: 'm', messages: [] }),
      );
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({
        error: { message: 'No', type: 'server_error', code: expected, param: null },
      });
    }
  });

  it('answers a non-JSON error with an OpenAI error of the same status', async () => {
    const response = await provider(scripted([new Response('<html>502</html>', { status: 502 })]))(
      chat({ model: 'm', messages: [] }),
    );
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: {
        message: 'local answered 502 without an error body',
        type: 'api_error',
        code: 'server_error',
        param: null,
      },
    });
  });

  it('limits endpoints when asked', async () => {
    const transport = scripted([]);
    const limited = openaiCompatible({
      name: 'chat-only',
      baseURL: 'http://127.0.0.1:9/v1',
      endpoints: ['chat/completions'],
    });
    const response = await limited(transport)(
      new Request('http://x/v1/embeddings', { method: 'POST', body: '{}' }),
    );
    expect(response.status).toBe(404);
    expect(transport.calls).toBe(0);
  });

  it.each([
    [{ name: '', baseURL: 'http://x' }, 'openaiCompatible: name must be a non-empty string'],
    [{ name: 'p' }, 'p: baseURL is required'],
    [{ name: 'p', baseURL: 'http://x', apiKey: '' }, 'p: apiKey must be a non-empty string when given'],
    [
      { name: 'p', baseURL: 'http://x', onUnsupportedParam: 'ignore' },
      `p: onUnsupportedParam must be 'drop' or 'error'; got "ignore"`,
    ],
    [
      { name: 'p', baseURL: 'http://x', unsupportedParams: ['a.b'] },
      'p: unsupportedParams entries must be top-level names or messages[].<field>; got "a.b"',
    ],
  ])('rejects %o at factory time', (options, message) => {
    expect(() => openaiCompatible(options as never)).toThrow(new TypeError(message));
  });
});
