import { withRequestOptions } from '@switchyard/core';
import {
  chatCompletion,
  chatCompletionChunks,
  jsonResponse,
  openaiErrorResponse,
  scripted,
  sseStreamResponse,
} from '@switchyard/testing';
import { describe, expect, it, vi } from 'vitest';
import type { GuardrailHook, GuardrailHookResult, HookResults } from './guardrail-types.js';
import { guardrails } from './guardrails.js';
import { guardrailsFromHooks } from './guardrails-from-hooks.js';

const url = 'https://api.example.test/v1/chat/completions';

function chatRequest(content: string, body: Record<string, unknown> = {}): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content }], ...body }),
  });
}

const noDigits = (deny: boolean): GuardrailHook => ({
  type: 'guardrail',
  id: 'no-digits',
  deny,
  checks: [{ id: 'default.regexMatch', parameters: { rule: '\\d', not: true } }],
});

interface Body {
  choices: Array<{ message: { content: string } }>;
  hook_results?: HookResults;
  error?: { type: string; message: string };
}

function eventsOf(text: string): unknown[] {
  return text
    .split('\n\n')
    .filter((event) => event.startsWith('data: ') && event !== 'data: [DONE]')
    .map((event) => JSON.parse(event.slice(6)));
}

describe('guardrails before the request', () => {
  it('answers 446 with the results and never calls upstream when a deny hook fails', async () => {
    const upstream = scripted([]);
    const response = await guardrails({ before: [noDigits(true)] })(upstream)(chatRequest('my pin is 1234'));
    expect(response.status).toBe(446);
    expect(response.headers.get('x-switchyard-guardrails')).toBe('denied');
    const body = (await response.json()) as Body;
    expect(body.error).toMatchObject({ type: 'hooks_failed' });
    expect(body.error?.message).toContain('`hook_results`');
    expect(body.hook_results?.after_request_hooks).toEqual([]);
    expect(body.hook_results?.before_request_hooks[0]).toMatchObject({
      id: 'no-digits',
      type: 'guardrail',
      verdict: false,
      deny: true,
      checks: [{ id: 'default.regexMatch', verdict: false, data: { matched: true, matchedText: '1' } }],
    });
    expect(upstream.calls).toBe(0);
  });

  it('lets a failed hook without deny through with status 246 and hook_results', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'ok' }))]);
    const response = await guardrails({ before: [noDigits(false)] })(upstream)(chatRequest('my pin is 1234'));
    expect(response.status).toBe(246);
    expect(response.headers.get('x-switchyard-guardrails')).toBe('failed');
    const body = (await response.json()) as Body;
    expect(body.choices[0]?.message.content).toBe('ok');
    expect(body.hook_results?.before_request_hooks[0]).toMatchObject({ verdict: false, deny: false });
    expect(upstream.calls).toBe(1);
  });

  it('keeps the normal status when every check passes', async () => {
    const upstream = scripted([jsonResponse(chatCompletion())]);
    const response = await guardrails({ before: [noDigits(true)] })(upstream)(chatRequest('no numbers'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-switchyard-guardrails')).toBe('passed');
    expect(((await response.json()) as Body).hook_results?.before_request_hooks[0]?.verdict).toBe(true);
  });

  it('redacts PII in every message before it leaves, instead of denying', async () => {
    const upstream = scripted([jsonResponse(chatCompletion())]);
    const pipeline = guardrails({
      before: [{ deny: true, checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] }],
    })(upstream);
    const response = await pipeline(
      new Request(url, {
        method: 'POST',
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [
            { role: 'system', content: 'Account owner: ada@example.com' },
            { role: 'user', content: [{ type: 'text', text: 'Charge 4111 1111 1111 1111 please' }] },
          ],
        }),
      }),
    );
    expect(response.status).toBe(200);
    const sent = JSON.parse(upstream.requests[0]?.body ?? '{}') as { messages: unknown[] };
    expect(sent.messages).toEqual([
      { role: 'system', content: 'Account owner: [EMAIL]' },
      { role: 'user', content: [{ type: 'text', text: 'Charge [CREDIT_CARD] please' }] },
    ]);
    const check = ((await response.json()) as Body).hook_results?.before_request_hooks[0]?.checks[0];
    expect(check).toMatchObject({ id: 'switchyard.pii', verdict: true, transformed: true });
  });

  it('checks embeddings input before the request and skips after hooks for them', async () => {
    const upstream = scripted([]);
    const pipeline = guardrails({
      before: [{ deny: true, checks: [{ id: 'switchyard.pii' }] }],
      after: [noDigits(true)],
    })(upstream);
    const response = await pipeline(
      new Request('https://api.example.test/v1/embeddings', {
        method: 'POST',
        body: JSON.stringify({ model: 'text-embedding-3-small', input: ['call +44 20 7946 0958'] }),
      }),
    );
    expect(response.status).toBe(446);
  });

  it('passes other endpoints through unchecked', async () => {
    const upstream = scripted([jsonResponse({ object: 'list', data: [] })]);
    const response = await guardrails({ before: [noDigits(true)] })(upstream)(
      new Request('https://api.example.test/v1/models'),
    );
    expect(response.status).toBe(200);
    expect(response.headers.has('x-switchyard-guardrails')).toBe(false);
  });
});

describe('guardrails after the response', () => {
  it('denies a response that fails a deny hook with 446 carrying both sides', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Your code is 4242' }))]);
    const response = await guardrails({ before: [noDigits(false)], after: [noDigits(true)] })(upstream)(
      chatRequest('hi'),
    );
    expect(response.status).toBe(446);
    const body = (await response.json()) as Body;
    expect(body.hook_results?.before_request_hooks[0]?.verdict).toBe(true);
    expect(body.hook_results?.after_request_hooks[0]).toMatchObject({ verdict: false, deny: true });
  });

  it('redacts the response when a redacting check finds PII', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Reach me at bob@example.org' }))]);
    const response = await guardrails({
      after: [{ checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] }],
    })(upstream)(chatRequest('hi'));
    expect(response.status).toBe(200);
    expect(((await response.json()) as Body).choices[0]?.message.content).toBe('Reach me at [EMAIL]');
  });

  it('leaves error responses unchecked', async () => {
    const upstream = scripted([openaiErrorResponse(500, 'broken 123')]);
    const response = await guardrails({ after: [noDigits(true)] })(upstream)(chatRequest('hi'));
    expect(response.status).toBe(500);
  });

  it('runs code checks, async functions included; errored checks fail open unless failOnError', async () => {
    const refuses = async (context: { text: string }) => !context.text.includes('refund');
    const throwing = () => {
      throw new Error('classifier down');
    };
    const upstream = scripted([], {
      otherwise: () => jsonResponse(chatCompletion({ content: 'No refund.' })),
    });
    const open = await guardrails({ after: [{ deny: true, checks: [throwing] }] })(upstream)(
      chatRequest('hi'),
    );
    expect(open.status).toBe(200);
    expect(((await open.json()) as Body).hook_results?.after_request_hooks[0]?.checks[0]).toMatchObject({
      id: 'throwing',
      verdict: false,
      error: { name: 'Error', message: 'classifier down' },
    });
    const closed = await guardrails({
      after: [
        {
          deny: true,
          checks: [{ id: 'acme.classifier', check: throwing, parameters: { failOnError: true } }],
        },
      ],
    })(upstream)(chatRequest('hi'));
    expect(closed.status).toBe(446);
    const custom = await guardrails({
      checks: { 'acme.noRefunds': refuses },
      after: [{ deny: true, checks: [{ id: 'acme.noRefunds' }] }],
    })(upstream)(chatRequest('hi'));
    expect(custom.status).toBe(446);
  });

  it('runs async hooks without delaying or changing the call', async () => {
    const onAsyncResult = vi.fn();
    let release: () => void = () => undefined;
    const slow = () => new Promise<boolean>((resolve) => (release = () => resolve(false)));
    const upstream = scripted([jsonResponse(chatCompletion())]);
    const response = await guardrails({
      after: [{ async: true, deny: true, checks: [slow] }],
      onAsyncResult,
    })(upstream)(chatRequest('hi'));
    expect(response.status).toBe(200);
    expect(onAsyncResult).not.toHaveBeenCalled();
    release();
    await vi.waitFor(() => expect(onAsyncResult).toHaveBeenCalledTimes(1));
    const [result, eventType] = onAsyncResult.mock.calls[0] as [GuardrailHookResult, string];
    expect(eventType).toBe('afterRequestHook');
    expect(result).toMatchObject({ async: true, verdict: false });
  });
});

describe('guardrails on streams', () => {
  const stream = (content: string) =>
    sseStreamResponse(chatCompletionChunks({ content, includeUsage: false }));

  it('streams through and sends the results of the assembled text in a final event', async () => {
    const upstream = scripted([stream('Call 555 0100 now')]);
    const response = await guardrails({ after: [noDigits(false)] })(upstream)(
      chatRequest('hi', { stream: true }),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const events = eventsOf(text) as Array<{ choices: unknown[]; hook_results?: HookResults }>;
    const last = events.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.hook_results?.after_request_hooks[0]).toMatchObject({ verdict: false, deny: false });
    expect(events.length).toBeGreaterThan(1);
    expect(events.slice(0, -1).every((event) => event.hook_results === undefined)).toBe(true);
  });

  it('holds the stream with deny and answers 446 when the assembled text fails', async () => {
    const upstream = scripted([stream('Call 555 0100 now')]);
    const response = await guardrails({ after: [noDigits(true)] })(upstream)(
      chatRequest('hi', { stream: true }),
    );
    expect(response.status).toBe(446);
    expect(((await response.json()) as Body).error?.type).toBe('hooks_failed');
  });

  it('replays a held stream that passes, and redacts a held stream', async () => {
    const upstream = scripted([stream('All good here'), stream('Mail me at eve@example.net today')]);
    const pass = await guardrails({ after: [noDigits(true)] })(upstream)(chatRequest('hi', { stream: true }));
    expect(pass.status).toBe(200);
    const passed = eventsOf(await pass.text()) as Array<{ choices: Array<{ delta?: { content?: string } }> }>;
    expect(passed.map((event) => event.choices[0]?.delta?.content ?? '').join('')).toBe('All good here');
    const redacting = guardrails({
      after: [{ checks: [{ id: 'switchyard.pii', parameters: { redact: true } }] }],
    });
    const redacted = eventsOf(
      await (await redacting(upstream)(chatRequest('hi', { stream: true }))).text(),
    ) as Array<{
      choices: Array<{ delta?: { content?: string } }>;
    }>;
    expect(redacted.map((event) => event.choices[0]?.delta?.content ?? '').join('')).toBe(
      'Mail me at [EMAIL] today',
    );
  });

  it('answers a stream with 246 when a before hook failed without deny', async () => {
    const upstream = scripted([stream('fine')]);
    const response = await guardrails({ before: [noDigits(false)] })(upstream)(
      chatRequest('pin 1234', { stream: true }),
    );
    expect(response.status).toBe(246);
    const last = eventsOf(await response.text()).at(-1) as { hook_results: HookResults };
    expect(last.hook_results.before_request_hooks[0]?.verdict).toBe(false);
  });
});

describe('guardrailsFromHooks', () => {
  it('takes Portkey config keys: hook objects, shorthand guardrails and named ids', async () => {
    const upstream = scripted([], { otherwise: () => jsonResponse(chatCompletion({ content: 'fine' })) });
    const fromConfig = guardrailsFromHooks(
      {
        input_guardrails: [{ deny: true, regexMatch: { rule: 'password', not: true } }, 'team-policy'],
        after_request_hooks: [
          {
            type: 'guardrail',
            id: 'short',
            deny: true,
            checks: [{ id: 'default.wordCount', parameters: { maxWords: 3 } }],
          },
        ],
      },
      {
        named: {
          'team-policy': {
            deny: true,
            checks: [{ id: 'default.requiredMetadataKeys', parameters: { metadataKeys: ['user_id'] } }],
          },
        },
      },
    );
    const withUser = (content: string) =>
      withRequestOptions(chatRequest(content), { metadata: { user_id: 'u1' } });
    expect((await fromConfig(upstream)(withUser('hello'))).status).toBe(200);
    expect((await fromConfig(upstream)(withUser('my password is x'))).status).toBe(446);
    expect((await fromConfig(upstream)(chatRequest('hello'))).status).toBe(446);
    const body = (await (await fromConfig(upstream)(withUser('hello'))).json()) as Body;
    expect(body.hook_results?.before_request_hooks.map((hook) => hook.id)).toEqual([
      'input_guardrail_0',
      'before_guardrail_1',
    ]);
    expect(body.hook_results?.before_request_hooks[0]?.checks[0]?.id).toBe('default.regexMatch');
  });

  it('accepts the README example', async () => {
    const upstream = scripted([jsonResponse(chatCompletion({ content: 'Mail bob@example.org' }))]);
    const middleware = guardrailsFromHooks({
      before_request_hooks: [
        {
          type: 'guardrail',
          deny: true,
          checks: [{ id: 'default.contains', parameters: { words: ['ignore previous'], operator: 'none' } }],
        },
      ],
      output_guardrails: [
        { deny: true, 'default.wordCount': { maxWords: 200 }, 'switchyard.pii': { redact: true } },
      ],
    });
    const response = await middleware(upstream)(chatRequest('hello'));
    expect(((await response.json()) as Body).choices[0]?.message.content).toBe('Mail [EMAIL]');
  });

  it('names config paths in setup errors', () => {
    expect(() => guardrailsFromHooks({ input_guardrails: ['pg-abc'] })).toThrow(
      'input_guardrails[0]: "pg-abc" names a guardrail kept on Portkey\'s platform',
    );
    expect(() =>
      guardrailsFromHooks({ output_guardrails: [{ deny: true, regexMatch: {} }] }, { path: 'targets[1]' }),
    ).toThrow('targets[1].output_guardrails[0].regexMatch.rule must be a non-empty string');
    expect(() => guardrailsFromHooks({ input_guardrails: [{ deny: true, nope: {} }] })).toThrow(
      'input_guardrails[0].nope is not a known check or guardrail field',
    );
    expect(() =>
      guardrailsFromHooks({
        before_request_hooks: [{ checks: [{ id: 'default.contains', parameters: {} }] }],
      }),
    ).toThrow('before_request_hooks[0].checks[0].parameters.words must be a non-empty array of strings');
    expect(() => guardrails({ before: [{ checks: [{ id: 'default.nope' }] }] })).toThrow(
      'guardrails.before[0].checks[0].id "default.nope" is not a known check',
    );
    expect(() =>
      guardrails({ before: [{ deny: 'yes' as never, checks: [noDigits(true).checks[0] as never] }] }),
    ).toThrow('guardrails.before[0].deny must be a boolean');
    expect(() => guardrails({ after: [{ checks: [] }] })).toThrow(
      'guardrails.after[0].checks must be a non-empty array',
    );
  });
});
