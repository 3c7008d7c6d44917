import { ConfigError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { parseConfig } from './parse-config.js';

function problems(input: unknown): string[] {
  try {
    parseConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return [...(error as ConfigError).issues];
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('accepts the reference configs unchanged', () => {
    const production = {
      strategy: { mode: 'fallback' },
      targets: [
        {
          virtual_key: 'openai-key',
          override_params: { model: 'gpt-4o' },
          retry: { attempts: 2, on_status_codes: [429, 500] },
        },
        { virtual_key: 'anthropic-key', override_params: { model: 'claude-3-5-sonnet-20241022' } },
      ],
      cache: { mode: 'semantic', max_age: 3600 },
    };
    expect(parseConfig(production)).toEqual(production);
    expect(parseConfig(JSON.stringify(production))).toEqual(production);
  });

  it('accepts camelCase keys and keeps override_params contents as written', () => {
    const parsed = parseConfig({
      strategy: { mode: 'fallback', onStatusCodes: [503] },
      targets: [{ virtualKey: 'a', overrideParams: { max_tokens: 5, topP: 1 } }],
    });
    expect(parsed).toEqual({
      strategy: { mode: 'fallback', on_status_codes: [503] },
      targets: [{ virtual_key: 'a', override_params: { max_tokens: 5, topP: 1 } }],
    });
  });

  it('names the path of a misspelt key and suggests the right one', () => {
    expect(
      problems({ strategy: { mode: 'fallback' }, targets: [{ provider: 'openai' }, { overide_params: {} }] }),
    ).toEqual(['targets[1].overide_params: unknown key — did you mean override_params?']);
    expect(problems({ retry: { attempts: 1, on_status_code: [429] } })).toEqual([
      'retry.on_status_code: unknown key — did you mean on_status_codes?',
    ]);
  });

  it('names the path and the problem of bad values', () => {
    expect(problems({ strategy: { mode: 'fallback' }, targets: [{ retry: { attempts: -1 } }] })).toEqual([
      'targets[0].retry.attempts: must be >= 0',
    ]);
    expect(problems({ retry: { attempts: 1.5 } })).toEqual(['retry.attempts: must be an integer']);
    expect(problems({ strategy: { mode: 'roundrobin' }, targets: [{}] })[0]).toMatch(
      /^strategy\.mode: must be one of "single", "fallback", "loadbalance", "conditional"$/,
    );
    expect(problems({ cache: { mode: 'simple', max_age: '60' } })).toEqual([
      'cache.max_age: must be a number',
    ]);
    expect(problems('{not json')[0]).toMatch(/^config: is not valid JSON/);
    // The text is not quoted back: it may hold a key.
    expect(problems('{"api_key": sk-live-0123456789abcdef}')).toEqual(['config: is not valid JSON']);
    expect(problems('{"api_key": "sk-live-0123456789abcdef" "x"}')).toEqual([
      'config: is not valid JSON (at position 39)',
    ]);
    expect(problems([])).toEqual(['config: must be an object']);
  });

  it('checks the shape of routing nodes', () => {
    expect(problems({ targets: [{ provider: 'openai' }] })).toEqual([
      'targets: needs strategy.mode to say how to use them',
    ]);
    expect(problems({ strategy: { mode: 'fallback' } })).toEqual([
      'strategy: needs targets to route between',
    ]);
    expect(problems({ strategy: { mode: 'loadbalance' }, targets: [{ weight: 0 }, { weight: 0 }] })).toEqual([
      'targets: every weight is 0, so no target could be chosen',
    ]);
    expect(
      problems({
        strategy: { mode: 'conditional', conditions: [{ query: {}, then: 'fast' }], default: 'slow' },
        targets: [{ name: 'cheap' }, { name: 'cheap' }],
      }),
    ).toEqual([
      'targets[1].name: "cheap" is already used by targets[0]',
      'strategy.conditions[0].then: no target is named "fast"',
      'strategy.default: no target is named "slow"',
    ]);
  });

  it('refuses dangerous custom hosts unless trusted', () => {
    expect(problems({ provider: 'openai', custom_host: 'http://169.254.169.254/latest' })).toEqual([
      'custom_host: must not point at a link-local or cloud metadata address unless listed in trustedHosts',
    ]);
    expect(problems({ provider: 'openai', custom_host: 'http://user:pw@example.com' })).toEqual([
      'custom_host: must not contain credentials (user:password@)',
    ]);
    expect(problems({ provider: 'openai', custom_host: 'ftp://example.com' })).toEqual([
      'custom_host: must use http or https, not ftp:',
    ]);
    expect(problems({ provider: 'openai', custom_host: 'http://10.1.2.3:8000/v1' })[0]).toMatch(
      /private address/,
    );
    expect(problems({ provider: 'openai', custom_host: 'http://[fd00:ec2::254]/' })[0]).toMatch(
      /unique local/,
    );
    expect(parseConfig({ provider: 'ollama', custom_host: 'http://127.0.0.1:11434' }).custom_host).toBe(
      'http://127.0.0.1:11434',
    );
    expect(
      parseConfig(
        { provider: 'vllm', custom_host: 'http://10.1.2.3:8000/v1' },
        { trustedHosts: ['10.1.2.3'] },
      ).provider,
    ).toBe('vllm');
  });
});
