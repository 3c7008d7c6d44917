import { type Handler, toFetch } from '@switchyard/core';
import {
  type ResponseObject,
  type ResponseStreamEvent,
  responseEvents,
  responseFromEvents,
} from '@switchyard/responses-api';
import { eventStreamResponse, jsonResponse, responsesAnswer, scripted } from '@switchyard/testing';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import type { GuardrailHook, HookResults } from './guardrail-types.js';
import { guardrails } from './guardrails.js';

// Guardrails on OpenAI's Responses API, which every Switchyard provider answers: instructions and
// input texts are checked and redacted, and the answer's output_text, JSON or streamed.

const url = 'https://gateway.example.test/v1/responses';

function responsesRequest(body: Record<string, unknown>): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4o-mini', ...body }),
  });
}

/** The Responses event stream of `answer`, each text delta split at spaces as a model streams it. */
function streamOf(answer: ResponseObject): Response {
  const events = responseEvents(answer).flatMap((event): ResponseStreamEvent[] =>
    event.type === 'response.output_text.delta'
      ? event.delta.split(/(?<= )/).map((delta) => ({ ...event, delta }))
      : [event],
  );
  return eventStreamResponse(events.map((event, index) => ({ ...event, sequence_number: index })));
}

function eventsOf(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) =>
      JSON.parse(
        block
          .split('\n')
          .find((line) => line.startsWith('data: '))!
          .slice(6),
      ),
    );
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

/** The official SDK reading `handler`'s answers. */
function sdk(handler: Handler): OpenAI {
  return new OpenAI({
    apiKey: 'unused',
    baseURL: 'https://gateway.example.test/v1',
    fetch: toFetch(handler),
    maxRetries: 0,
  });
}

describe('guardrails on the Responses API, before the request', () => {
  it('denies with 446 in OpenAI error shape, checking the instructions too', async () => {
    const upstream = scripted([]);
    const response = await guardrails({
      before: [{ id: 'no-pii', deny: true, checks: [{ id: 'switchyard.pii' }] }],
    })(upstream)(responsesRequest({ instructions: 'Escalate to ops@example.com.', input: 'Hello' }));
    expect(response.status).toBe(446);
    const body = (await response.json()) as { error: { type: string }; hook_results: HookResults };
    expect(body.error.type).toBe('hooks_failed');
    expect(body.hook_results.before_request_hooks[0]).toMatchObject({ id: 'no-pii', verdict: false });
    expect(upstream.calls).toBe(0);
  });

  it('checks the last input item as text and every input text as texts', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const upstream = scripted([jsonResponse(responsesAnswer({ text: ['ok'] }))]);
    await guardrails({
      before: [
        {
          checks: [
            (context) => {
              seen.push({ ...context });
              return true;
            },
          ],
        },
      ],
    })(upstream)(
      responsesRequest({
        instructions: 'Be brief.',
        input: [
          { role: 'user', content: 'Weather?' },
          { type: 'function_call', call_id: 'c1', name: 'weather', arguments: '{}' },
          { type: 'function_call_output', call_id: 'c1', output: 'Sunny' },
          {
            role: 'user',
            content: [
              { type: 'input_text', text: 'And' },
              { type: 'input_text', text: 'tomorrow?' },
            ],
          },
        ],
      }),
    );
    expect(seen[0]).toMatchObject({
      requestType: 'createModelResponse',
      text: 'And\ntomorrow?',
      texts: ['Be brief.', 'Weather?', 'Sunny', 'And', 'tomorrow?'],
    });
  });

  it('redacts instructions, the input string and input items before the request leaves', async () => {
    const upstream = scripted([
      jsonResponse(responsesAnswer({ text: ['ok'] })),
      jsonResponse(responsesAnswer({ text: ['ok'] })),
    ]);
    const pipeline = guardrails({ before: [redactPii] })(upstream);
    await pipeline(responsesRequest({ instructions: 'CC ada@example.com', input: 'I am bob@example.org' }));
    expect(JSON.parse(upstream.requests[0]!.body)).toMatchObject({
      instructions: 'CC [EMAIL]',
      input: 'I am [EMAIL]',
    });
    await pipeline(
      responsesRequest({
        input: [
          { role: 'user', content: [{ type: 'input_text', text: 'card 4111 1111 1111 1111' }] },
          { type: 'function_call_output', call_id: 'c1', output: 'eve@example.net' },
        ],
      }),
    );
    expect(JSON.parse(upstream.requests[1]!.body).input).toEqual([
      { role: 'user', content: [{ type: 'input_text', text: 'card [CREDIT_CARD]' }] },
      { type: 'function_call_output', call_id: 'c1', output: '[EMAIL]' },
    ]);
  });
});

describe('guardrails on the Responses API, after the response', () => {
  it('denies a JSON answer whose output text fails', async () => {
    const upstream = scripted([jsonResponse(responsesAnswer({ text: ['Call 555 0100'] }))]);
    const error = await sdk(guardrails({ after: [noDigits(true)] })(upstream))
      .responses.create({ model: 'gpt-4o-mini', input: 'hi' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).status).toBe(446);
    expect((error as InstanceType<typeof OpenAI.APIError>).type).toBe('hooks_failed');
  });

  it('redacts output_text parts of a JSON answer, which the SDK shows as output_text', async () => {
    const upstream = scripted([
      jsonResponse(responsesAnswer({ text: ['Write to eve@example.net', ' today.'] })),
    ]);
    const answer = await sdk(guardrails({ after: [redactPii] })(upstream)).responses.create({
      model: 'gpt-4o-mini',
      input: 'hi',
    });
    expect(answer.output_text).toBe('Write to [EMAIL] today.');
    expect(
      (answer as unknown as { hook_results: HookResults }).hook_results.after_request_hooks,
    ).toHaveLength(1);
  });
});

describe('guardrails on Responses streams', () => {
  it('lets events flow and puts hook_results on response.completed, which the SDK accepts', async () => {
    const upstream = scripted([streamOf(responsesAnswer({ text: ['Call 555 0100 now'] }))]);
    const stream = sdk(guardrails({ after: [noDigits(false)] })(upstream)).responses.stream({
      model: 'gpt-4o-mini',
      input: 'hi',
    });
    const completed: unknown[] = [];
    stream.on('response.completed', (event) => completed.push(event));
    const final = await stream.finalResponse();
    expect(final.output_text).toBe('Call 555 0100 now');
    expect((completed[0] as { hook_results: HookResults }).hook_results.after_request_hooks[0]).toMatchObject(
      {
        verdict: false,
        deny: false,
      },
    );
  });

  it('holds a stream a deny hook may stop, and answers 446', async () => {
    const upstream = scripted([streamOf(responsesAnswer({ text: ['Call 555 0100'] }))]);
    const response446 = await guardrails({ after: [noDigits(true)] })(upstream)(
      responsesRequest({ input: 'hi', stream: true }),
    );
    expect(response446.status).toBe(446);
    expect(((await response446.json()) as { error: { type: string } }).error.type).toBe('hooks_failed');
  });

  it('replays a held stream redacted in every event that carries the text', async () => {
    const upstream = scripted([streamOf(responsesAnswer({ text: ['Mail eve@example.net today'] }))]);
    const replayed = await guardrails({ after: [redactPii] })(upstream)(
      responsesRequest({ input: 'hi', stream: true }),
    );
    const events = eventsOf(await replayed.text());
    const deltas = events
      .filter((event) => event.type === 'response.output_text.delta')
      .map((event) => event.delta);
    expect(deltas).toEqual(['Mail [EMAIL] today', '', '']);
    expect(events.find((event) => event.type === 'response.output_text.done')?.text).toBe(
      'Mail [EMAIL] today',
    );
    expect(JSON.stringify(events)).not.toContain('eve@example.net');
    const final = responseFromEvents(events);
    expect(final?.output[0]).toMatchObject({ content: [{ text: 'Mail [EMAIL] today' }] });
    expect((events.at(-1) as { hook_results: HookResults }).hook_results.after_request_hooks).toHaveLength(1);

    const again = scripted([streamOf(responsesAnswer({ text: ['Mail eve@example.net today'] }))]);
    const viaSdk = await sdk(guardrails({ after: [redactPii] })(again))
      .responses.stream({ model: 'gpt-4o-mini', input: 'hi' })
      .finalResponse();
    expect(viaSdk.output_text).toBe('Mail [EMAIL] today');
  });
});
