import { describe, expect, it } from 'vitest';
import { chatOrEmbeddingsEndpoint } from './chat-or-embeddings.js';
import { openaiEndpoint } from './openai-endpoint.js';

describe('openaiEndpoint', () => {
  it('names the endpoint by the end of the path, whatever prefix and trailing slash', () => {
    expect(openaiEndpoint(new URL('http://x/v1/chat/completions'))).toBe('chat/completions');
    expect(openaiEndpoint(new URL('http://x/openai/deployments/d/chat/completions/'))).toBe(
      'chat/completions',
    );
    expect(openaiEndpoint(new URL('http://x/v1/embeddings?api-version=1'))).toBe('embeddings');
    expect(openaiEndpoint(new URL('http://x/v1/images/generations'))).toBe('images/generations');
    expect(openaiEndpoint(new URL('http://x/v1/audio/speech'))).toBe('audio/speech');
    expect(openaiEndpoint(new URL('http://x/v1/audio/transcriptions'))).toBe('audio/transcriptions');
    expect(openaiEndpoint(new URL('http://x/v1/audio/translations'))).toBe('audio/translations');
    expect(openaiEndpoint(new URL('http://x/v1/models'))).toBe('models');
  });

  it('is undefined for any other path, including look-alike endings', () => {
    expect(openaiEndpoint(new URL('http://x/v1/completions'))).toBeUndefined();
    expect(openaiEndpoint(new URL('http://x/v1/mychat/completions'))).toBeUndefined();
    expect(openaiEndpoint(new URL('http://x/v1/models/gpt-4o'))).toBeUndefined();
    expect(openaiEndpoint(new URL('http://x/'))).toBeUndefined();
  });
});

describe('chatOrEmbeddingsEndpoint', () => {
  it('names a POST to chat completions or embeddings', () => {
    const post = (path: string) => new Request(`http://x.test${path}`, { method: 'POST' });
    expect(chatOrEmbeddingsEndpoint(post('/v1/chat/completions'), 'p')).toBe('chat/completions');
    expect(chatOrEmbeddingsEndpoint(post('/openai/v1/embeddings?x=1'), 'p')).toBe('embeddings');
  });

  it('answers any other endpoint or method with an OpenAI-shaped 404 naming the provider', async () => {
    const other = chatOrEmbeddingsEndpoint(
      new Request('http://x.test/v1/images/generations', { method: 'POST' }),
      'gemini',
      {
        'x-switchyard-provider': 'gemini',
      },
    );
    const get = chatOrEmbeddingsEndpoint(new Request('http://x.test/v1/chat/completions'), 'bedrock');
    expect(other).toBeInstanceOf(Response);
    expect(get).toBeInstanceOf(Response);
    const response = other as Response;
    expect(response.status).toBe(404);
    expect(response.headers.get('x-switchyard-provider')).toBe('gemini');
    expect(await response.json()).toMatchObject({
      error: {
        message:
          'gemini: POST /v1/images/generations is not supported; use POST /v1/chat/completions or /v1/embeddings',
        code: 'unsupported_endpoint',
      },
    });
    expect(((await (get as Response).json()) as { error: { message: string } }).error.message).toBe(
      'bedrock: GET /v1/chat/completions is not supported; use POST /v1/chat/completions or /v1/embeddings',
    );
  });
});
