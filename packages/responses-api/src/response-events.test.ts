import { responsesAnswer } from '@switchyard/testing';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { responseEvents, responseFromEvents } from './response-events.js';
import type { ResponseObject } from './responses-types.js';

const message = responsesAnswer({
  text: 'Checking the weather.',
  usage: { input_tokens: 12, output_tokens: 9 },
});
const finished: ResponseObject = {
  ...message,
  output: [
    ...message.output,
    {
      type: 'function_call',
      id: 'fc_1',
      call_id: 'call_1',
      name: 'weather',
      arguments: '{"city":"Paris"}',
      status: 'completed',
    },
  ],
  store: true,
};

function sse(events: unknown[]): string {
  return events
    .map((event) => `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`)
    .join('');
}

function sdkStream(events: unknown[]) {
  const client = new OpenAI({
    apiKey: 'unused',
    baseURL: 'http://responses.invalid/v1',
    fetch: async () => new Response(sse(events), { headers: { 'content-type': 'text/event-stream' } }),
  });
  return client.responses.stream({ model: 'gpt-4o-mini', input: 'Weather in Paris?' });
}

describe('responseEvents', () => {
  it('is the stream the SDK accumulates back into the same response', async () => {
    const events = responseEvents(finished);
    expect(events.map((event) => event.type)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.output_item.added',
      'response.function_call_arguments.delta',
      'response.function_call_arguments.done',
      'response.output_item.done',
      'response.completed',
    ]);
    expect(events.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index));
    const deltas: string[] = [];
    const stream = sdkStream(events);
    stream.on('response.output_text.delta', (event) => deltas.push(event.delta));
    const response = await stream.finalResponse();
    expect(deltas).toEqual(['Checking the weather.']);
    expect(response.output_text).toBe('Checking the weather.');
    expect(response.output).toMatchObject(finished.output);
    expect(response.usage).toEqual(finished.usage);
    // The events before the last one build the same output on their own.
    const built = await sdkStream(events.slice(0, -1)).finalResponse();
    expect(built.status).toBe('in_progress');
    expect(built.output).toMatchObject(finished.output);
  });

  it('ends with response.incomplete or response.failed as the status says', () => {
    const incomplete = responseEvents({ ...finished, status: 'incomplete', output: [] });
    expect(incomplete.at(-1)?.type).toBe('response.incomplete');
    const failed = responseEvents({ ...finished, status: 'failed', output: [] });
    expect(failed.at(-1)?.type).toBe('response.failed');
  });
});

describe('responseFromEvents', () => {
  it('takes the response the last terminal event carries', () => {
    expect(responseFromEvents(responseEvents(finished))).toEqual(finished);
  });

  it('is undefined for a stream that broke off before its end', () => {
    expect(responseFromEvents(responseEvents(finished).slice(0, -1))).toBeUndefined();
    expect(responseFromEvents([null, 'text', { type: 'response.completed' }])).toBeUndefined();
  });
});
