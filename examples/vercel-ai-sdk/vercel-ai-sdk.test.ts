import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/vercel-ai-sdk', () => {
  it('generates and streams text through a retrying pipeline against the local mock', async () => {
    const { code, stdout, stderr } = await runExample('vercel-ai-sdk');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'upstream: local mock provider (no OPENAI_API_KEY set)',
        'generateText: Hello from the mock provider.',
        'streamText: Hello from the mock provider.',
        'provider calls: 3 (the first answered 503 and was retried)',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () =>
      expectExampleUsesKey('vercel-ai-sdk', [
        'generateText: from the configured API',
        'streamText: from the configured API',
      ]),
    60_000,
  );
});
