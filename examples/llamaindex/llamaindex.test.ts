import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/llamaindex', () => {
  it('chats and streams through the gateway, which falls back from a failing target', async () => {
    const { code, stdout, stderr } = await runExample('llamaindex');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'upstream: local mock providers (no OPENAI_API_KEY set)',
        'chat: Hello from the mock provider.',
        'streaming chat: Hello from the mock provider.',
        'first target calls: 2 (503), second target calls: 2',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () =>
      expectExampleUsesKey('llamaindex', [
        'chat: from the configured API',
        'streaming chat: from the configured API',
      ]),
    60_000,
  );
});
