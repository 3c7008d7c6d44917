import { describe, expect, it } from 'vitest';
import { embeddingResponse } from './embedding-response.js';

describe('embeddingResponse', () => {
  it('lists the vectors as floats with their index, model and usage', () => {
    expect(
      embeddingResponse(
        [
          [0.5, 1],
          [-2, 0],
        ],
        7,
        'titan',
      ),
    ).toEqual({
      object: 'list',
      data: [
        { object: 'embedding', index: 0, embedding: [0.5, 1] },
        { object: 'embedding', index: 1, embedding: [-2, 0] },
      ],
      model: 'titan',
      usage: { prompt_tokens: 7, total_tokens: 7 },
    });
  });

  it('encodes base64 as little-endian float32, as OpenAI does', () => {
    const answer = embeddingResponse([[0.5, -2]], 1, 'm', 'base64');
    const encoded = answer.data[0]!.embedding as string;
    const bytes = Buffer.from(encoded, 'base64');
    expect(bytes.length).toBe(8);
    expect([bytes.readFloatLE(0), bytes.readFloatLE(4)]).toEqual([0.5, -2]);
  });
});
