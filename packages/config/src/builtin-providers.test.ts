import { ConfigError, fetchTransport, toFetch } from '@switchyard/core';
import { chatCompletion, type NativeServer, nativeJson, startNativeServer } from '@switchyard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileConfig } from './compile-config.js';
import { builtinProviders } from './provider-factory.js';

describe('builtinProviders', () => {
  it('knows at least 45 Portkey slugs, the hosted OpenAI-compatible ones among them', () => {
    const slugs = Object.keys(builtinProviders);
    expect(slugs.length).toBeGreaterThanOrEqual(45);
    expect(slugs).toEqual(
      expect.arrayContaining([
        'cohere',
        'deepinfra',
        'nebius',
        'sambanova',
        'hyperbolic',
        'novita-ai',
        'huggingface',
        'dashscope',
        'moonshot',
        'zhipu',
        'siliconflow',
        'github',
        'nscale',
        'lambda',
        'inference-net',
        'featherless-ai',
        'upstage',
        'ai21',
        'lepton',
        'workers-ai',
        'jina',
        'voyage',
      ]),
    );
  });

  it('names the config path of a missing key or account id', () => {
    expect(() =>
      compileConfig({ strategy: { mode: 'fallback' }, targets: [{ provider: 'deepinfra' }] }),
    ).toThrow(new ConfigError(['targets[0].api_key: is required for provider "deepinfra"']));
    expect(() =>
      compileConfig({ strategy: { mode: 'fallback' }, targets: [{ provider: 'workers-ai', api_key: 'cf' }] }),
    ).toThrow(new ConfigError(['targets[0].workers_ai_account_id: is required for provider "workers-ai"']));
    expect(() =>
      compileConfig({
        strategy: { mode: 'fallback' },
        targets: [{ provider: 'workers-ai', api_key: 'cf', workers_ai_account_id: 'acme' }],
      }),
    ).toThrow(
      new ConfigError([
        'targets[0]: workers-ai: accountId must be the Cloudflare account id (32 hex digits) when no baseURL is given',
      ]),
    );
  });
});

describe('providers by slug, end to end through fetch', () => {
  let server: NativeServer;
  beforeAll(async () => {
    server = await startNativeServer((request) =>
      request.path.endsWith(':rawPredict')
        ? nativeJson({
            id: 'msg_1',
            type: 'message',
            role: 'assistant',
            model: 'claude-sonnet-4-5-20250929',
            content: [{ type: 'text', text: `served ${request.path}` }],
            stop_reason: 'end_turn',
            usage: { input_tokens: 5, output_tokens: 2 },
          })
        : nativeJson(chatCompletion({ content: `served ${request.path}` })),
    );
  });
  afterAll(() => server.close());

  async function ask(config: unknown, model: string): Promise<{ content: string; provider: string | null }> {
    const call = toFetch(compileConfig(config)(fetchTransport()));
    const response = await call('http://switchyard.local/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'hi' }] }),
    });
    const body = (await response.json()) as { choices: Array<{ message: { content: string } }> };
    return {
      content: body.choices[0]!.message.content,
      provider: response.headers.get('x-switchyard-provider'),
    };
  }

  it('keeps an unknown slug with custom_host working as an OpenAI-compatible server', async () => {
    const answer = await ask(
      { provider: 'my-inference-box', custom_host: `${server.url}/openai/v1`, api_key: 'box-key' },
      'whatever-model',
    );
    expect(answer).toEqual({ content: 'served /openai/v1/chat/completions', provider: 'my-inference-box' });
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer box-key');
  });

  it('sends a hosted slug with custom_host to that host with its own rules', async () => {
    const answer = await ask(
      { provider: 'github', custom_host: `${server.url}/inference`, api_key: 'ghp_token' },
      'openai/gpt-4.1',
    );
    expect(answer).toEqual({ content: 'served /inference/chat/completions', provider: 'github' });
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer ghp_token');
  });

  it('sends workers-ai with custom_host to that host', async () => {
    const answer = await ask(
      { provider: 'workers-ai', custom_host: `${server.url}/ai/v1`, api_key: 'cf-token' },
      '@cf/meta/llama-3.1-8b-instruct',
    );
    expect(answer.content).toBe('served /ai/v1/chat/completions');
  });

  it('sends a Claude model of vertex-ai to rawPredict', async () => {
    const answer = await ask(
      {
        provider: 'vertex-ai',
        vertex_project_id: 'my-project',
        vertex_region: 'us-east5',
        api_key: 'ya29.token',
        custom_host: server.url,
      },
      'claude-sonnet-4-5@20250929',
    );
    expect(answer).toEqual({
      content:
        'served /v1/projects/my-project/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929:rawPredict',
      provider: 'vertex',
    });
  });
});
