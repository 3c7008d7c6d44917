import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/langchain', () => {
  it('invokes and streams ChatOpenAI through a retrying pipeline against the local mock', async () => {
    const { code, stdout, stderr } = await runExample('langchain');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'upstream: local mock provider (no OPENAI_API_KEY set)',
        'invoke: Hello from the mock provider.',
        'stream: Hello from the mock provider.',
        'provider calls: 3 (the first answered 503 and was retried)',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () =>
      expectExampleUsesKey('langchain', [
        'invoke: from the configured API',
        'stream: from the configured API',
      ]),
    60_000,
  );
});
