import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext, CheckOutcome } from '../guardrail-types.js';
import { builtinChecks } from './builtin-checks.js';
import { findPii, ibanValid, luhn } from './pii.js';

function context(text: string, extra: Partial<CheckContext> = {}): CheckContext {
  return {
    eventType: 'afterRequestHook',
    requestType: 'chatComplete',
    text,
    texts: [text],
    request: { json: { model: 'gpt-4o-mini', messages: [] }, url: 'http://x/v1/chat/completions' },
    metadata: {},
    signal: new AbortController().signal,
    ...extra,
  };
}

async function run(
  id: string,
  text: string,
  parameters: Record<string, unknown> = {},
  extra: Partial<CheckContext> = {},
) {
  const check = builtinChecks[id];
  if (!check) throw new Error(`no check ${id}`);
  check.validate(parameters, 'p');
  return (await check.run(context(text, extra), parameters)) as CheckOutcome;
}

const verdict = async (
  id: string,
  text: string,
  parameters: Record<string, unknown> = {},
  extra: Partial<CheckContext> = {},
) => (await run(id, text, parameters, extra)).verdict;

describe('text checks under Portkey ids and parameter names', () => {
  it('default.regexMatch matches rule, inverted by not', async () => {
    expect(await verdict('default.regexMatch', 'order 1234', { rule: '\\d{4}' })).toBe(true);
    expect(await verdict('default.regexMatch', 'no digits', { rule: '\\d{4}' })).toBe(false);
    expect(await verdict('default.regexMatch', 'order 1234', { rule: '\\d{4}', not: true })).toBe(false);
  });

  it('default.contains with any, all and none', async () => {
    const text = 'the quick brown fox';
    expect(await verdict('default.contains', text, { words: ['fox', 'cat'], operator: 'any' })).toBe(true);
    expect(await verdict('default.contains', text, { words: ['fox', 'cat'], operator: 'all' })).toBe(false);
    expect(await verdict('default.contains', text, { words: ['cat', 'dog'], operator: 'none' })).toBe(true);
    expect(await verdict('default.contains', text, { words: ['fox'], operator: 'none' })).toBe(false);
  });

  it('default.endsWith, counts and letter case', async () => {
    expect(await verdict('default.endsWith', 'Thanks. ', { suffix: '.' })).toBe(true);
    expect(await verdict('default.endsWith', 'Thanks!', { suffix: '.' })).toBe(false);
    expect(await verdict('default.wordCount', 'one two three', { minWords: 2, maxWords: 3 })).toBe(true);
    expect(await verdict('default.wordCount', 'one two three four', { minWords: 2, maxWords: 3 })).toBe(
      false,
    );
    expect(
      await verdict('default.sentenceCount', 'One. Two! Three?', { minSentences: 3, maxSentences: 3 }),
    ).toBe(true);
    expect(await verdict('default.sentenceCount', 'One. Two.', { minSentences: 3 })).toBe(false);
    expect(await verdict('default.characterCount', 'héllo', { maxCharacters: 5 })).toBe(true);
    expect(await verdict('default.characterCount', 'hello!', { maxCharacters: 5 })).toBe(false);
    expect(await verdict('default.alluppercase', 'HELLO, WORLD 42')).toBe(true);
    expect(await verdict('default.alluppercase', 'Hello')).toBe(false);
    expect(await verdict('default.alllowercase', 'hello')).toBe(true);
    expect(await verdict('default.alllowercase', 'hello', { not: true })).toBe(false);
  });
});

describe('JSON checks', () => {
  const schema = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };

  it('default.jsonSchema validates JSON in the text, in code fences too', async () => {
    expect(await verdict('default.jsonSchema', '{"name":"Ada"}', { schema })).toBe(true);
    expect(await verdict('default.jsonSchema', 'Here:\n```json\n{"name":"Ada"}\n```', { schema })).toBe(true);
    const failed = await run('default.jsonSchema', '{"name":42}', { schema });
    expect(failed.verdict).toBe(false);
    expect(failed.data).toMatchObject({
      validationErrors: expect.arrayContaining([expect.objectContaining({ path: '#/name' })]),
    });
    expect(await verdict('default.jsonSchema', 'no json here', { schema })).toBe(false);
  });

  it('default.jsonKeys and switchyard.validJson', async () => {
    expect(await verdict('default.jsonKeys', '{"a":1,"b":2}', { keys: ['a', 'b'], operator: 'all' })).toBe(
      true,
    );
    expect(await verdict('default.jsonKeys', '{"a":1}', { keys: ['a', 'b'], operator: 'all' })).toBe(false);
    expect(await verdict('default.jsonKeys', '{"a":1}', { keys: ['b'], operator: 'none' })).toBe(true);
    expect(await verdict('switchyard.validJson', '[1, 2]')).toBe(true);
    expect(await verdict('switchyard.validJson', 'Sure! {broken')).toBe(false);
  });
});

describe('request checks', () => {
  it('default.modelWhitelist, default.requiredMetadataKeys, switchyard.requestParams', async () => {
    const request = {
      json: { model: 'gpt-4o', messages: [], logit_bias: {} },
      url: 'http://x/v1/chat/completions',
    };
    expect(await verdict('default.modelWhitelist', '', { models: ['gpt-4o'] }, { request })).toBe(true);
    expect(await verdict('default.modelWhitelist', '', { models: ['gpt-4o-mini'] }, { request })).toBe(false);
    expect(await verdict('default.modelWhitelist', '', { models: ['o1'], not: true }, { request })).toBe(
      true,
    );
    const metadata = { user_id: 'u1' };
    expect(
      await verdict('default.requiredMetadataKeys', '', { metadataKeys: ['user_id'] }, { metadata }),
    ).toBe(true);
    expect(
      await verdict('default.requiredMetadataKeys', '', { metadataKeys: ['user_id', 'team'] }, { metadata }),
    ).toBe(false);
    expect(await verdict('switchyard.requestParams', '', { forbidden: ['logit_bias'] }, { request })).toBe(
      false,
    );
    expect(
      await verdict(
        'switchyard.requestParams',
        '',
        { allowed: ['model', 'messages', 'logit_bias'] },
        { request },
      ),
    ).toBe(true);
    expect(
      await verdict('switchyard.requestParams', '', { allowed: ['model', 'messages'] }, { request }),
    ).toBe(false);
  });
});

describe('switchyard.pii', () => {
  it('finds emails, phones, Luhn-valid cards, mod-97-valid IBANs and SSN-like ids', () => {
    const text =
      'Mail ada@example.com or call +1 415-555-0132. Card 4111 1111 1111 1111, not 4111 1111 1111 1112. ' +
      'IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789.';
    const { found, redacted } = findPii(text, ['email', 'phone', 'credit_card', 'iban', 'ssn']);
    expect(found).toEqual({ email: 1, phone: 1, credit_card: 1, iban: 1, ssn: 1 });
    expect(redacted).toContain('Mail [EMAIL] or call [PHONE]');
    expect(redacted).toContain('Card [CREDIT_CARD], not 4111 1111 1111 1112');
    expect(redacted).toContain('IBAN [IBAN], SSN [SSN].');
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('GB83WEST12345698765432')).toBe(false);
  });

  it('fails on PII, or passes with a redaction when redact is true', async () => {
    expect(await verdict('switchyard.pii', 'hello there')).toBe(true);
    expect(await verdict('switchyard.pii', 'write to ada@example.com')).toBe(false);
    expect(await verdict('switchyard.pii', 'write to ada@example.com', { categories: ['phone'] })).toBe(true);
    const redacting = await run('switchyard.pii', 'write to ada@example.com', { redact: true });
    expect(redacting.verdict).toBe(true);
    expect(redacting.redact?.('write to ada@example.com')).toBe('write to [EMAIL]');
  });
});

describe('checks over HTTP', () => {
  let server: Server;
  let origin: string;
  const seen: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.url === '/slow') return void setTimeout(() => response.end('{"verdict":true}'), 2_000);
        if (request.url === '/missing') return void response.writeHead(404).end();
        if (request.method === 'HEAD') return void response.writeHead(200).end();
        seen.push({ headers: request.headers, body: JSON.parse(body) as Record<string, unknown> });
        const verdict = !(seen.at(-1)?.body.response as { text?: string } | undefined)?.text?.includes('bad');
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ verdict, data: { reason: 'ok' } }));
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    server.close();
  });

  it('default.webhook posts the call without headers and takes its verdict', async () => {
    const response = { json: { choices: [] }, status: 200 };
    const passed = await run(
      'default.webhook',
      'fine answer',
      { webhookURL: `${origin}/hook`, headers: { 'x-hook-token': 't1' } },
      { response },
    );
    expect(passed).toEqual({ verdict: true, data: { reason: 'ok' } });
    expect(
      await verdict('default.webhook', 'bad answer', { webhookURL: `${origin}/hook` }, { response }),
    ).toBe(false);
    expect(seen[0]?.headers['x-hook-token']).toBe('t1');
    expect(seen[0]?.body).toMatchObject({
      eventType: 'afterRequestHook',
      requestType: 'chatComplete',
      response: { text: 'fine answer', statusCode: 200 },
    });
    expect(JSON.stringify(seen[0]?.body)).not.toContain('authorization');
  });

  it('default.webhook throws on timeouts and error statuses, which the runner treats per failOnError', async () => {
    await expect(run('default.webhook', 'x', { webhookURL: `${origin}/slow`, timeout: 50 })).rejects.toThrow(
      `Webhook ${origin} failed: timed out after 50 ms`,
    );
    await expect(run('default.webhook', 'x', { webhookURL: `${origin}/missing` })).rejects.toThrow(
      `Webhook ${origin} answered 404`,
    );
  });

  it('default.validUrls asks each URL with HEAD', async () => {
    expect(await verdict('default.validUrls', `See ${origin}/docs.`)).toBe(true);
    const failed = await run('default.validUrls', `See ${origin}/docs and ${origin}/missing`);
    expect(failed.verdict).toBe(false);
    expect(failed.data).toMatchObject({ invalid: [`${origin}/missing`] });
    expect(await verdict('default.validUrls', 'See http://localhost/x', { onlyDNS: true })).toBe(true);
  });
});

describe('parameter validation', () => {
  it('names the path and the problem', () => {
    const validate = (id: string, parameters: Record<string, unknown>) => () =>
      builtinChecks[id]?.validate(parameters, 'before[0].checks[1].parameters');
    expect(validate('default.regexMatch', {})).toThrow(
      'before[0].checks[1].parameters.rule must be a non-empty string; got undefined',
    );
    expect(validate('default.regexMatch', { rule: '(' })).toThrow(
      'before[0].checks[1].parameters.rule is not a valid regular expression',
    );
    expect(validate('default.contains', { words: ['a'], operator: 'some' })).toThrow(
      '.operator must be one of "any", "all", "none"; got "some"',
    );
    expect(validate('default.wordCount', { minWords: 5, maxWords: 2 })).toThrow(
      '.minWords must not exceed maxWords; got 5 > 2',
    );
    expect(validate('default.jsonSchema', { schema: 'x' })).toThrow('.schema must be a JSON Schema object');
    expect(validate('default.webhook', { webhookURL: 'ftp://x' })).toThrow(
      '.webhookURL must use http or https; got ftp:',
    );
    expect(validate('switchyard.pii', { categories: ['passport'] })).toThrow(
      '.categories must be a non-empty array of',
    );
    expect(validate('switchyard.requestParams', {})).toThrow('must have allowed or forbidden');
  });
});
