import { startMockProvider } from '@switchyard/testing';
import { describe, expect, it } from 'vitest';
import { runExample } from '../../test/frameworks/run-example.js';
import { startProvider } from './provider.js';

/** Runs the quickstart with exactly `env`; it must end within 20 s by itself. */
function runQuickstartWith(env: Record<string, string>) {
  return runExample('quickstart', env, 20_000);
}

describe('examples/quickstart', () => {
  it('without OPENAI_API_KEY answers a chat completion and a stream from the local mock, then exits', async () => {
    const { code, stdout, stderr } = await runQuickstartWith({});
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const answer =
      'Hello from the mock provider, answering as gpt-4o-mini. ' +
      'Switchyard composed your middlewares around fetch and sent this request to 127.0.0.1.';
    expect(lines).toEqual([
      'Switchyard quickstart',
      expect.stringMatching(
        /^provider: local mock provider at http:\/\/127\.0\.0\.1:\d+\/v1 \(no provider key in the environment\)$/,
      ),
      'pipeline: compose(timeout(30000), openai(), logExchange())(fetchTransport())',
      '',
      '1. Chat completion',
      expect.stringMatching(/^ {2}→ POST http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions$/),
      expect.stringMatching(/^ {2}← 200 OK \(\d+ ms\)$/),
      `  answer: ${answer}`,
      '  model: gpt-4o-mini',
      '  tokens: 6 prompt + 20 completion = 26 total',
      '',
      '2. Streaming chat completion',
      expect.stringMatching(/^ {2}→ POST http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions$/),
      expect.stringMatching(/^ {2}← 200 OK \(\d+ ms, streaming\)$/),
      `  streamed: ${answer}`,
      '  chunks: 23, finish: stop',
      '  tokens: 4 prompt + 20 completion = 24 total',
      '',
      'done: provider closed',
      '',
    ]);
  });

  it('with OPENAI_API_KEY calls the configured OpenAI base URL with that key, never printing it', async () => {
    // OPENAI_BASE_URL points the "real API" path at a local mock, so no network is used.
    const upstream = await startMockProvider({ reply: 'from the configured API' });
    try {
      const { code, stdout, stderr } = await runQuickstartWith({
        OPENAI_API_KEY: 'sk-quickstart-secret',
        OPENAI_BASE_URL: upstream.baseURL,
        OPENAI_MODEL: 'gpt-test',
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(`provider: OpenAI at ${upstream.baseURL} (OPENAI_API_KEY is set)`);
      expect(stdout).toContain('  answer: from the configured API');
      expect(stdout).toContain('  streamed: from the configured API');
      expect(stdout).not.toContain('sk-quickstart-secret');
      expect(upstream.requests.map((request) => [request.headers['authorization'], request.body])).toEqual([
        ['Bearer sk-quickstart-secret', expect.objectContaining({ model: 'gpt-test' })],
        ['Bearer sk-quickstart-secret', expect.objectContaining({ model: 'gpt-test', stream: true })],
      ]);
    } finally {
      await upstream.close();
    }
  });

  it('with ANTHROPIC_API_KEY translates to the Messages API', async () => {
    const upstream = await startMockProvider({ dialect: 'anthropic', reply: 'from Claude' });
    try {
      const { code, stdout, stderr } = await runQuickstartWith({
        ANTHROPIC_API_KEY: 'sk-ant-quickstart-secret',
        ANTHROPIC_BASE_URL: upstream.url,
        ANTHROPIC_MODEL: 'claude-test',
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toContain(
        'pipeline: compose(timeout(30000), anthropic(), logExchange())(fetchTransport())',
      );
      expect(stdout).toContain(`  → POST ${upstream.url}/v1/messages`);
      expect(stdout).toContain('  answer: from Claude');
      expect(stdout).toContain('  streamed: from Claude');
      expect(stdout).not.toContain('sk-ant-quickstart-secret');
      expect(upstream.requests.map((request) => request.headers['x-api-key'])).toEqual([
        'sk-ant-quickstart-secret',
        'sk-ant-quickstart-secret',
      ]);
    } finally {
      await upstream.close();
    }
  });

  it('picks the provider from the environment, else the mock', async () => {
    const picked = async (env: Record<string, string>) => {
      const provider = await startProvider(env);
      await provider.close();
      return [provider.name, provider.model];
    };
    expect(await picked({ OPENAI_API_KEY: 'sk-x' })).toEqual(['openai()', 'gpt-4o-mini']);
    expect(await picked({ ANTHROPIC_API_KEY: 'sk-ant' })).toEqual(['anthropic()', 'claude-haiku-4-5']);
    expect(await picked({ GEMINI_API_KEY: 'g' })).toEqual(['gemini()', 'gemini-2.5-flash']);
    expect(
      await picked({ AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's' }),
    ).toEqual(['bedrock()', 'us.anthropic.claude-3-5-haiku-20241022-v1:0']);
    expect(await picked({ GROQ_API_KEY: 'gsk', GROQ_MODEL: 'llama-3.1-8b-instant' })).toEqual([
      'groq()',
      'llama-3.1-8b-instant',
    ]);
    const mock = await startProvider({});
    await mock.close();
    expect(mock.description).toMatch(/^local mock provider at http:\/\/127\.0\.0\.1:\d+\/v1/);
  });
});
