/** The reference's "Production Setup with Fallbacks + Caching" config, as Portkey users write it. */
export const productionConfig = {
  strategy: { mode: 'fallback' },
  targets: [
    {
      virtual_key: 'openai-key',
      override_params: { model: 'gpt-4o' },
      retry: { attempts: 2, on_status_codes: [429, 500] },
    },
    {
      virtual_key: 'anthropic-key',
      override_params: { model: 'claude-3-5-sonnet-20241022' },
    },
  ],
  cache: { mode: 'semantic', max_age: 3600 },
};

/** The same config with an exact-match cache, for comparison. */
export const simpleCacheConfig = { ...productionConfig, cache: { mode: 'simple', max_age: 3600 } };

/** A PII guardrail before the request: deny (446) or only report (246). */
export function piiGuardedConfig(deny: boolean) {
  return {
    virtual_key: 'anthropic-key',
    override_params: { model: 'claude-3-5-sonnet-20241022' },
    before_request_hooks: [
      {
        type: 'guardrail',
        id: 'no-pii',
        deny,
        checks: [{ id: 'switchyard.pii', parameters: { categories: ['email'] } }],
      },
    ],
  };
}
