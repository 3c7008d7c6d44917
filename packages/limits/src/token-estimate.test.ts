import { describe, expect, it } from 'vitest';
import { estimateTokens } from './token-estimate.js';

const estimate = (body: Record<string, unknown>) => estimateTokens(body, JSON.stringify(body));

describe('estimateTokens', () => {
  it('counts about 4 characters a token of the body, plus the most it may generate times n', () => {
    const body = { model: 'm', messages: [{ role: 'user', content: 'x'.repeat(400) }] };
    const text = JSON.stringify(body);
    expect(estimate(body)).toBe(Math.ceil(text.length / 4));
    expect(estimate({ ...body, max_tokens: 100 })).toBe(Math.ceil((text.length + 16) / 4) + 100);
    const capped = { ...body, max_completion_tokens: 50, max_tokens: 999, n: 3 };
    expect(estimate(capped)).toBe(Math.ceil(JSON.stringify(capped).length / 4) + 150);
    const responses = { input: 'x', max_output_tokens: 7 };
    expect(estimate(responses)).toBe(Math.ceil(JSON.stringify(responses).length / 4) + 7);
  });

  it('counts an embedded base64 file as 1000 tokens, not by its length', () => {
    const image = `data:image/png;base64,${'A'.repeat(400_000)}`;
    const body = {
      model: 'm',
      messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: image } }] }],
    };
    const text = JSON.stringify(body);
    expect(estimateTokens(body, text)).toBe(Math.ceil((text.length - image.length) / 4) + 1000);
  });

  it('reserves nothing for a request without a body', () => {
    expect(estimateTokens(undefined, '')).toBe(0);
  });
});
