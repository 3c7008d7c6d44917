import { describe, expect, it } from 'vitest';
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
