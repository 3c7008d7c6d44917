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

describe('client bodies a provider cannot translate', () => {
  it('are a 400 naming the field for Bedrock and Anthropic, never a 500 (and never sent)', async () => {
    const bedrock = {
      'x-portkey-provider': 'bedrock',
      'x-portkey-aws-access-key-id': 'AKIACLIENT',
      'x-portkey-aws-secret-access-key': 'client-aws-secret',
      'x-portkey-aws-region': 'us-east-1',
    };
    const badBodies: [Record<string, string>, unknown, string][] = [
      [
        bedrock,
        { model: 'claude', messages: [{ role: 'assistant', tool_calls: [{}] }] },
        'messages[0].tool_calls[0].function',
      ],
      // JSON may spell an unpaired surrogate; Bedrock puts the model in its URL.
      [bedrock, { model: 'claude\ud800', messages: [{ role: 'user', content: 'Hi' }] }, 'model'],
      [
        { 'x-portkey-provider': 'anthropic' },
        { model: 'claude', messages: [{ role: 'user', content: 'Hi' }], tools: {} },
        'tools',
      ],
    ];
    for (const [headers, body, param] of badBodies) {
      // JSON.stringify writes an unpaired surrogate as a \u escape.
      const response = await chat(headers, JSON.stringify(body));
      const text = await response.text();
      expect(response.status, text).toBe(400);
      expect(JSON.parse(text).error).toMatchObject({ type: 'invalid_request_error', param });
    }
  });

  it('is the 400 a single target gives under a fallback config too, not 502 "all branches failed"', async () => {
    const leaf = (provider: string) => ({
      provider,
      api_key: 'sk-own',
      custom_host: htmlUpstream.baseURL,
      override_params: { temperature: 0 },
    });
    const config = JSON.stringify({
      strategy: { mode: 'fallback' },
      targets: [leaf('openai'), leaf('anthropic')],
    });
    const notJson = await chat({ 'x-portkey-config': config }, '/* a comment */{"model":"gpt-4o-mini"}');
    const text = await notJson.text();
    expect(notJson.status, text).toBe(400);
    expect(JSON.parse(text).error).toMatchObject({ code: 'invalid_json' });
    expect(JSON.parse(text).error.message).toMatch(/is not valid JSON$/);
    await expectClientError(
      await chat(
        { 'x-portkey-config': config },
        `{"model":"gpt-4o-mini","messages":${'['.repeat(200)}${']'.repeat(200)}}`,
      ),
      /nests deeper than 128 levels/,
    );
    expect(htmlUpstream.arrivals).toHaveLength(0);
  });
});

describe('an x-portkey-config that is neither a config id nor a JSON object', () => {
  it('is refused naming the header’s problem, without quoting what the client sent', async () => {
    const secret = 'sk-client-secret-0123456789';
    for (const value of [
      `[{"provider":"openai","api_key":"${secret}"}]`,
      `/* mine */{"provider":"openai","api_key":"${secret}"}`,
      `"${secret}" `,
      `provider=openai; api_key=${secret}`,
    ]) {
      const response = await chat({ 'x-portkey-config': value });
      const text = await response.text();
      expect(response.status, text).toBe(400);
      expect(JSON.parse(text).error.message).toBe(
        'config: must be a config id (letters, digits, ".", "_" or "-", at most 128) or a JSON object',
      );
      expect(text).not.toContain(secret);
      expect(text).not.toContain('sk-client');
    }
    // A name is still named: it is what the client asked for.
    await expectClientError(await chat({ 'x-portkey-config': 'pc-missing' }), /config id "pc-missing"/);
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
