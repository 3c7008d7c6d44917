import { type RunningGateway, serve } from '@switchyard/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordingUpstream, startRecordingUpstream } from './recording-upstream.js';

// Every client mistake is a 4xx naming the header or path, never a 500; and an upstream whose
// answer is not what it says is a 502 `upstream_protocol_error`, whoever the provider is.
let gateway: RunningGateway;
let htmlUpstream: RecordingUpstream;

beforeAll(async () => {
  htmlUpstream = await startRecordingUpstream((response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in to continue</html>');
  });
  gateway = await serve({ port: 0, log: () => {} });
});

afterAll(async () => {
  await gateway.close(1_000);
  await htmlUpstream.close();
});

async function chat(headers: Record<string, string>, body?: string): Promise<Response> {
  return fetch(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-own', ...headers },
    body: body ?? JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
  });
}

async function expectClientError(response: Response, pattern: RegExp): Promise<void> {
  const text = await response.text();
  expect(response.status, text).toBe(400);
  expect(JSON.parse(text).error.message).toMatch(pattern);
}

describe('client mistakes through the gateway', () => {
  it('a provider named like an Object.prototype member is an unknown provider', async () => {
    for (const provider of ['__proto__', 'constructor', 'toString']) {
      await expectClientError(
        await chat({ 'x-portkey-provider': provider }),
        new RegExp(`provider: unknown provider "${provider}"`),
      );
    }
  });

  it('a config value holding CR/LF is refused, naming the setting', async () => {
    const config = { provider: 'openai', api_key: 'sk-own', openai_organization: 'a\r\nb' };
    await expectClientError(
      await chat({ 'x-portkey-config': JSON.stringify(config) }),
      /openai_organization: must not contain control characters/,
    );
  });

  it('a config nested thousands deep, or a body 5,000 deep, is refused, not a crash', async () => {
    // 2,000 levels keep the header under Node's 16 KB header limit (beyond it Node answers 431).
    const nested = `${'['.repeat(2000)}${']'.repeat(2000)}`;
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const config = `{"provider":"openai","api_key":"sk-own","override_params":{"x":${nested}}}`;
    await expectClientError(
      await chat({ 'x-portkey-config': config }),
      /config: nests deeper than 128 levels/,
    );
    const cached = `{"provider":"openai","api_key":"sk-own","cache":${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}}`;
    await expectClientError(
      await chat({ 'x-portkey-config': cached }),
      /config: nests deeper than 128 levels/,
    );
    const body = `{"model":"gpt-4o-mini","messages":[],"metadata":${deep}}`;
    const config2 = JSON.stringify({
      provider: 'openai',
      api_key: 'sk-own',
      override_params: { temperature: 0 },
    });
    await expectClientError(
      await chat({ 'x-portkey-config': config2 }, body),
      /nests deeper than 128 levels/,
    );
  });
});

describe('an upstream answer that is not what it says', () => {
  it('is a 502 upstream_protocol_error for an OpenAI-compatible provider too', async () => {
    const response = await chat({
      'x-portkey-provider': 'openai',
      'x-portkey-custom-host': htmlUpstream.baseURL,
    });
    const text = await response.text();
    expect(response.status, text).toBe(502);
    expect(JSON.parse(text).error).toMatchObject({ code: 'upstream_protocol_error' });
    expect(text).not.toContain('127.0.0.1');
  });
});
