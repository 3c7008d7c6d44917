import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/strands-agents', () => {
  it('runs and streams an agent turn through the gateway, which retries a 503', async () => {
    const { code, stdout, stderr } = await runExample('strands-agents');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'upstream: local mock provider (no OPENAI_API_KEY set)',
        'agent: Hello from the mock provider.',
        'streamed: Hello from the mock provider.',
        'provider calls: 3 (the first answered 503 and was retried)',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () =>
      expectExampleUsesKey('strands-agents', [
        'agent: from the configured API',
        'streamed: from the configured API',
      ]),
    60_000,
  );
});
