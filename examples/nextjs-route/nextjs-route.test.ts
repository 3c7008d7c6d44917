import { startMockProvider } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/nextjs-route', () => {
  it('answers plain and streamed completions from the route handler, retrying a 503', async () => {
    const { code, stdout, stderr } = await runExample('nextjs-route');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        [
          'upstream: local mock provider \\(no OPENAI_API_KEY set\\)',
          'POST 200: Hello from the mock provider\\.',
          'x-portkey-retry-attempt-count: 1',
          'POST 200 text/event-stream.*',
          'streamed: Hello from the mock provider\\.',
          '',
        ].join('\n'),
      ),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () => expectExampleUsesKey('nextjs-route', ['POST 200: from the configured API']),
    60_000,
  );

  it('exports POST and GET handlers that answer Requests under /api/llm with OpenAI-shaped Responses', async () => {
    const upstream = await startMockProvider({ reply: 'direct call' });
    process.env['OPENAI_API_KEY'] = 'sk-route-test';
    process.env['OPENAI_BASE_URL'] = upstream.baseURL;
    try {
      const { POST } = await import('./app/api/llm/[...path]/route.js');
      const response = await POST(
        new Request('http://localhost:3000/api/llm/v1/chat/completions', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-portkey-trace-id': 'trace-next' },
          body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
        }),
      );
      expect(response.status).toBe(200);
      expect(
        ((await response.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]?.message
          .content,
      ).toBe('direct call');
      expect(upstream.requests[0]?.headers.authorization).toBe('Bearer sk-route-test');
      expect(upstream.requests[0]?.headers['x-portkey-trace-id']).toBeUndefined();
      const { GET } = await import('./app/api/llm/[...path]/route.js');
      const models = await GET(new Request('http://localhost:3000/api/llm/v1/models'));
      expect(models.status).toBe(200);
      expect(
        ((await models.json()) as { data: Array<{ id: string }> }).data.map((model) => model.id),
      ).toContain('gpt-4o-mini');
    } finally {
      delete process.env['OPENAI_API_KEY'];
      delete process.env['OPENAI_BASE_URL'];
      await upstream.close();
    }
  });
});
