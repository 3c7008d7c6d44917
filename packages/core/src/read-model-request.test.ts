import { describe, expect, it } from 'vitest';
import { readModelRequest } from './read-model-request.js';

const post = (body: string) =>
  new Request('http://switchyard.local/v1/chat/completions', { method: 'POST', body });

describe('readModelRequest', () => {
  it('gives the parsed body when it has a model', async () => {
    expect(await readModelRequest(post('{"model":"m","stream":true}'), 'bedrock')).toEqual({
      model: 'm',
      stream: true,
    });
  });

  it('answers 400 naming the provider for a body that is not JSON', async () => {
    const answer = await readModelRequest(post('{oops'), 'bedrock', { 'x-switchyard-provider': 'bedrock' });
    expect(answer).toBeInstanceOf(Response);
    const response = answer as Response;
    expect(response.status).toBe(400);
    expect(response.headers.get('x-switchyard-provider')).toBe('bedrock');
    expect(((await response.json()) as { error: unknown }).error).toMatchObject({
      message: 'bedrock: the request body is not valid JSON',
    });
  });

  it('answers 400 with param model for a missing, empty or non-string model, or a non-object body', async () => {
    for (const body of ['{}', '{"model":""}', '{"model":3}', '[]', 'null']) {
      const response = (await readModelRequest(post(body), 'gemini')) as Response;
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({
        message: 'gemini: model must be a non-empty string',
        param: 'model',
      });
    }
  });

  it('answers 400 with param model for a model holding an unpaired surrogate (a URIError in a URL otherwise)', async () => {
    for (const body of ['{"model":"\\ud800"}', '{"model":"claude\\udc00"}']) {
      const response = (await readModelRequest(post(body), 'bedrock')) as Response;
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({
        message: 'bedrock: model must be well-formed text; it holds an unpaired surrogate',
        param: 'model',
      });
    }
    // A pair is one character, and fine.
    expect(await readModelRequest(post('{"model":"m\\ud83d\\ude00"}'), 'bedrock')).toEqual({ model: 'm😀' });
  });
});
