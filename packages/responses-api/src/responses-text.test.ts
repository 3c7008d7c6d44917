import { describe, expect, it } from 'vitest';
import { inputTexts, lastUserInputText, responseOutputText, rewriteInputTexts } from './responses-text.js';
import { chatUsageFromResponses, responsesUsage } from './responses-usage.js';

const body = {
  model: 'm',
  instructions: 'Be brief.',
  input: [
    { role: 'user', content: 'My card is 4111.' },
    { type: 'function_call', call_id: 'c', name: 'f', arguments: '{}' },
    { type: 'function_call_output', call_id: 'c', output: 'card ok' },
    {
      type: 'message',
      role: 'user',
      content: [
        { type: 'input_text', text: 'Line one' },
        { type: 'input_text', text: 'line two' },
      ],
    },
  ],
};

describe('request texts', () => {
  it('finds the last user input, when it is text', () => {
    expect(lastUserInputText(body)).toBe('Line one\nline two');
    expect(lastUserInputText({ input: 'Just this' })).toBe('Just this');
    expect(
      lastUserInputText({ input: [{ type: 'function_call_output', call_id: 'c', output: 'x' }] }),
    ).toBeUndefined();
    expect(
      lastUserInputText({
        input: [{ role: 'user', content: [{ type: 'input_image', image_url: 'https://x' }] }],
      }),
    ).toBeUndefined();
    expect(lastUserInputText(null)).toBeUndefined();
  });

  it('lists every input text and rewrites them, leaving everything else alone', () => {
    expect(inputTexts(body)).toEqual(['Be brief.', 'My card is 4111.', 'card ok', 'Line one', 'line two']);
    const redacted = rewriteInputTexts(body, (text) => text.replace(/\d+/g, '[n]'));
    expect(inputTexts(redacted)).toEqual(['Be brief.', 'My card is [n].', 'card ok', 'Line one', 'line two']);
    expect(redacted.input[1]).toBe(body.input[1]);
    expect(body.input[0]).toEqual({ role: 'user', content: 'My card is 4111.' });
    expect(rewriteInputTexts({ input: 'a1' }, (text) => text.toUpperCase())).toEqual({ input: 'A1' });
  });
});

describe('response text and usage', () => {
  it("computes the output text as the SDK's output_text", () => {
    expect(
      responseOutputText({
        output: [
          {
            type: 'message',
            content: [
              { type: 'output_text', text: 'A' },
              { type: 'refusal', refusal: 'no' },
            ],
          },
          { type: 'function_call', arguments: '{}' },
          { type: 'message', content: [{ type: 'output_text', text: 'B' }] },
        ],
      }),
    ).toBe('AB');
    expect(responseOutputText({})).toBe('');
  });

  it('converts usage both ways, cache writes included', () => {
    const chat = {
      prompt_tokens: 100,
      completion_tokens: 20,
      total_tokens: 120,
      prompt_tokens_details: { cached_tokens: 30, cache_creation_tokens: 50 },
      completion_tokens_details: { reasoning_tokens: 5 },
    };
    const responses = responsesUsage(chat);
    expect(responses).toEqual({
      input_tokens: 100,
      input_tokens_details: { cached_tokens: 30, cache_write_tokens: 50 },
      output_tokens: 20,
      output_tokens_details: { reasoning_tokens: 5 },
      total_tokens: 120,
    });
    expect(chatUsageFromResponses(responses)).toEqual(chat);
    expect(chatUsageFromResponses({ input_tokens: 3, output_tokens: 4 })).toMatchObject({ total_tokens: 7 });
  });
});
