import { describe, expect, it } from 'vitest';
import { expectExampleUsesKey, runExample } from '../../test/frameworks/run-example.js';

describe('examples/gateway-portkey', () => {
  it('drives the gateway with the portkey-ai SDK: fallback config, trace id, streaming', async () => {
    const { code, stdout, stderr } = await runExample('gateway-portkey');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'switchyard gateway listening on http://127.0.0.1:<port>',
        'no gateway API keys configured: listening on loopback only',
        'answer: Hello from the mock provider.',
        'served by: config.targets[1], trace id: example-trace-1',
        'streamed: Hello from the mock provider.',
        'switchyard gateway stopped',
        '',
      ].join('\n'),
    );
  }, 60_000);

  it(
    'uses OPENAI_API_KEY and OPENAI_BASE_URL when set, never printing the key',
    () =>
      expectExampleUsesKey('gateway-portkey', [
        'answer: from the configured API',
        'served by: config.targets[0]',
      ]),
    60_000,
  );
});
