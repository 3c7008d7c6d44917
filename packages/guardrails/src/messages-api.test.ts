import { type MessagesStreamEvent, messageEvents, messageFromEvents } from '@switchyard/messages-api';
import { eventStreamResponse, jsonResponse, messagesAnswer, scripted } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import type { GuardrailHook, HookResults } from './guardrail-types.js';
import { guardrails } from './guardrails.js';

// Guardrails on Anthropic's Messages API, which every Switchyard provider answers: the request's
// system and message texts are checked and redacted, and the answer's text blocks, JSON or streamed.

const url = 'https://gateway.example.test/v1/messages';

function messagesRequest(body: Record<string, unknown>): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 64, ...body }),
  });
}

const ask = (content: string, body: Record<string, unknown> = {}) =>
  messagesRequest({ messages: [{ role: 'user', content }], ...body });

const message = (texts: string[]) => messagesAnswer({ text: texts });

/** Anthropic's event stream for one text block sent in `pieces`. */
function streamOf(pieces: string[]): Response {
  const events = messageEvents(message([pieces.join('')])).flatMap((event): MessagesStreamEvent[] =>
    event.type === 'content_block_delta'
      ? pieces.map((text) => ({ ...event, delta: { type: 'text_delta', text } }))
      : [event],
  );
  return eventStreamResponse(events);
}

/** The events of an SSE text with their `event:` names, data parsed. */
function eventsOf(text: string): Array<{ name: string | undefined; data: Record<string, unknown> }> {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const name = lines.find((line) => line.startsWith('event: '))?.slice(7);
      const data = lines.find((line) => line.startsWith('data: '))!.slice(6);
      return { name, data: JSON.parse(data) as Record<string, unknown> };
    });
}

const noDigits = (deny: boolean): GuardrailHook => ({
  id: 'no-digits',
  deny,
  checks: [{ id: 'default.regexMatch', parameters: { rule: '\\d', not: true } }],
});
const redactPii: GuardrailHook = {
  id: 'pii',
  checks: [{ id: 'switchyard.pii', parameters: { redact: true } }],
};

interface AnthropicDenial {
  type: string;
  error: { type: string; message: string; hook_results: HookResults };
  hook_results: HookResults;
  request_id: null;
}

describe('guardrails on the Messages API, before the request', () => {
  it('denies with 446 in Anthropic error shape, checking the system prompt too', async () => {
    const upstream = scripted([]);
    const response = await guardrails({
      before: [{ id: 'no-pii', deny: true, checks: [{ id: 'switchyard.pii' }] }],
    })(upstream)(ask('Hello', { system: [{ type: 'text', text: 'Escalate to ops@example.com.' }] }));
    expect(response.status).toBe(446);
    expect(response.headers.get('x-switchyard-guardrails')).toBe('denied');
    const body = (await response.json()) as AnthropicDenial;
    expect(body.type).toBe('error');
    expect(body.error.type).toBe('hooks_failed');
    expect(body.error.message).toContain('`hook_results`');
    expect(body.request_id).toBeNull();
    expect(body.hook_results.before_request_hooks[0]).toMatchObject({
      id: 'no-pii',
      verdict: false,
      deny: true,
    });
    expect(body.error.hook_results).toEqual(body.hook_results);
    expect(upstream.calls).toBe(0);
  });

  it('checks the last message as text and every text (tool results too) as texts', async () => {
    const seen: Array<{ text: string; texts: string[]; requestType: string }> = [];
    const upstream = scripted([jsonResponse(message(['ok']))]);
    await guardrails({
      before: [
        {
          checks: [
            (context) => {
              seen.push(context);
              return true;
            },
          ],
        },
      ],
    })(upstream)(
      messagesRequest({
        system: 'Be brief.',
        messages: [
          { role: 'user', content: 'What is the weather?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'weather', input: {} }] },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: 'Sunny' }] },
              { type: 'text', text: 'And tomorrow?' },
            ],
          },
        ],
      }),
    );
    expect(seen[0]).toMatchObject({
      requestType: 'messages',
      text: 'Sunny\nAnd tomorrow?',
      texts: ['Be brief.', 'What is the weather?', 'Sunny', 'And tomorrow?'],
    });
  });

  it('redacts system, message text blocks and tool results before the request leaves', async () => {
    const upstream = scripted([jsonResponse(message(['Noted.']))]);
    const response = await guardrails({ before: [redactPii] })(upstream)(
      messagesRequest({
        system: 'Reply to ada@example.com.',
        messages: [
          { role: 'user', content: 'My card is 4111 1111 1111 1111' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: {} }] },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 't1', content: 'Found bob@example.org' },
              { type: 'image', source: { type: 'url', url: 'https://example.test/a.png' } },
            ],
          },
        ],
      }),
    );
    expect(response.status).toBe(200);
    const sent = JSON.parse(upstream.requests[0]!.body) as Record<string, unknown>;
    expect(sent.system).toBe('Reply to [EMAIL].');
    expect(sent.messages).toEqual([
      { role: 'user', content: 'My card is [CREDIT_CARD]' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: {} }] },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 't1', content: 'Found [EMAIL]' },
          { type: 'image', source: { type: 'url', url: 'https://example.test/a.png' } },
        ],
      },
    ]);
    expect(sent.max_tokens).toBe(64);
  });
});

describe('guardrails on the Messages API, after the response', () => {
  it('denies a JSON answer whose text blocks fail, in Anthropic error shape', async () => {
    const upstream = scripted([jsonResponse(message(['Call 555 0100']))]);
    const response = await guardrails({ after: [noDigits(true)] })(upstream)(ask('hi'));
    expect(response.status).toBe(446);
    const body = (await response.json()) as AnthropicDenial;
    expect(body).toMatchObject({ type: 'error', error: { type: 'hooks_failed' } });
    expect(body.hook_results.after_request_hooks[0]).toMatchObject({ verdict: false, deny: true });
  });

  it('redacts the text blocks of a JSON answer and attaches hook_results', async () => {
    const upstream = scripted([jsonResponse(message(['Write to eve@example.net', ' or call.']))]);
    const response = await guardrails({ after: [redactPii] })(upstream)(ask('hi'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { content: unknown[]; hook_results: HookResults; usage: unknown };
    expect(body.content).toEqual([
      { type: 'text', text: 'Write to [EMAIL]' },
      { type: 'text', text: ' or call.' },
    ]);
    expect(body.usage).toEqual(message([]).usage);
    expect(body.hook_results.after_request_hooks[0]?.checks[0]).toMatchObject({
      id: 'switchyard.pii',
      transformed: true,
    });
  });

  it('sees the answer text as text and the answer as response.json', async () => {
    const seen: unknown[] = [];
    const upstream = scripted([jsonResponse(message(['Hello', ' there'])), streamOf(['Hello', ' there'])]);
    const pipeline = guardrails({
      after: [
        {
          checks: [
            (context) => {
              seen.push([context.text, context.texts, context.response?.json]);
              return true;
            },
          ],
        },
      ],
    })(upstream);
    await (await pipeline(ask('hi'))).text();
    await (await pipeline(ask('hi', { stream: true }))).text();
    expect(seen[0]).toEqual(['Hello there', ['Hello', ' there'], message(['Hello', ' there'])]);
    expect(seen[1]).toEqual(['Hello there', ['Hello there'], message(['Hello there'])]);
  });
});

describe('guardrails on Messages streams', () => {
  it('lets events flow and puts hook_results on message_stop', async () => {
    const upstream = scripted([streamOf(['Call ', '555 ', '0100'])]);
    const response = await guardrails({ after: [noDigits(false)] })(upstream)(ask('hi', { stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = eventsOf(await response.text());
    expect(events.map((event) => event.name)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    const last = events.at(-1)!.data as { type: string; hook_results: HookResults };
    expect(last.type).toBe('message_stop');
    expect(last.hook_results.after_request_hooks[0]).toMatchObject({ verdict: false, deny: false });
    expect(events.slice(0, -1).every((event) => event.data.hook_results === undefined)).toBe(true);
  });

  it('holds a stream a deny hook may stop, and answers 446 in Anthropic error shape', async () => {
    const upstream = scripted([streamOf(['Call ', '555 ', '0100'])]);
    const response = await guardrails({ after: [noDigits(true)] })(upstream)(ask('hi', { stream: true }));
    expect(response.status).toBe(446);
    expect(((await response.json()) as AnthropicDenial).error.type).toBe('hooks_failed');
  });

  it('replays a held stream redacted: the first delta of a block carries its redacted text', async () => {
    const upstream = scripted([streamOf(['Mail ', 'eve@exa', 'mple.net', ' today'])]);
    const response = await guardrails({ after: [redactPii] })(upstream)(ask('hi', { stream: true }));
    expect(response.status).toBe(200);
    const events = eventsOf(await response.text());
    const deltas = events
      .filter((event) => event.name === 'content_block_delta')
      .map((event) => (event.data.delta as { text: string }).text);
    expect(deltas).toEqual(['Mail [EMAIL] today', '', '', '']);
    const rebuilt = messageFromEvents(events.map((event) => event.data as never));
    expect(rebuilt?.content).toEqual([{ type: 'text', text: 'Mail [EMAIL] today' }]);
    expect((events.at(-1)!.data.hook_results as HookResults).after_request_hooks).toHaveLength(1);
  });

  it('answers a stream 246 when a before hook failed without deny', async () => {
    const upstream = scripted([streamOf(['fine'])]);
    const response = await guardrails({ before: [noDigits(false)] })(upstream)(
      ask('pin 1234', { stream: true }),
    );
    expect(response.status).toBe(246);
    const last = eventsOf(await response.text()).at(-1)!.data as { hook_results: HookResults };
    expect(last.hook_results.before_request_hooks[0]?.verdict).toBe(false);
  });
});

describe('guardrails on Messages routes that are not a message', () => {
  it('passes count_tokens through unchecked', async () => {
    const upstream = scripted([jsonResponse({ input_tokens: 5 })]);
    const response = await guardrails({ before: [noDigits(true)] })(upstream)(
      new Request(`${url}/count_tokens`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'claude-sonnet-4-5',
          messages: [{ role: 'user', content: 'pin 1234' }],
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.has('x-switchyard-guardrails')).toBe(false);
  });
});
