import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/hono-middleware', () => {
  it('serves its own route and the gateway mounted under /llm, plain and streaming', async () => {
    const { code, stdout, stderr } = await runExample('hono-middleware');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'upstream: local mock provider (no OPENAI_API_KEY set)',
        'GET /hello: hello from the app',
        'POST /llm/v1/chat/completions: Hello from the mock provider.',
        'x-portkey-provider: openai',
        'streamed: Hello from the mock provider.',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () => expectExampleUsesKey('hono-middleware', ['POST /llm/v1/chat/completions: from the configured API']),
    60_000,
  );
});
