import { ConfigError, compose, type Middleware } from '@switchyard/core';
import { responsesOverChat } from '@switchyard/responses-api';
import { openaiCompatible } from './openai-compatible.js';
import { presetRules } from './preset-rules.js';
import type { PresetOptions } from './presets.js';

/** Options of `workersAI`. */
export interface WorkersAIOptions extends PresetOptions {
  /** A Cloudflare API token with Workers AI permission, sent as `Authorization: Bearer`. Required. */
  apiKey: string;
  /** The Cloudflare account id (32 hex digits) the models run under. Required unless `baseURL` is given. */
  accountId?: string;
  /** The API root. Default: `https://api.cloudflare.com/client/v4/accounts/<accountId>/ai/v1`. */
  baseURL?: string | URL;
}

/** The base URL of Workers AI's OpenAI-compatible endpoints; `{account_id}` is the account's id. */
export const workersAIBaseURL = 'https://api.cloudflare.com/client/v4/accounts/{account_id}/ai/v1';

const accountIdPattern = /^[0-9a-f]{32}$/i;

/**
 * Cloudflare Workers AI through its OpenAI-compatible endpoints (`/chat/completions`,
 * `/embeddings`) under the account's URL. Model ids are Cloudflare's `@cf/<author>/<model>` (or
 * `@hf/...`): another form answers 400 without a call.
 *
 * @throws ConfigError naming the option when `options` are invalid.
 */
export function workersAI(options: WorkersAIOptions): Middleware {
  if (typeof options !== 'object' || options === null)
    throw new ConfigError(['workers-ai: options must be an object']);
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new ConfigError(['workers-ai: apiKey must be a non-empty string']);
  }
  let baseURL = options.baseURL;
  if (baseURL === undefined) {
    if (typeof options.accountId !== 'string' || !accountIdPattern.test(options.accountId)) {
      throw new ConfigError([
        'workers-ai: accountId must be the Cloudflare account id (32 hex digits) when no baseURL is given',
      ]);
    }
    baseURL = workersAIBaseURL.replace('{account_id}', options.accountId);
  }
  let provider: Middleware;
  try {
    provider = openaiCompatible({
      name: 'workers-ai',
      baseURL,
      apiKey: options.apiKey,
      endpoints: ['chat/completions', 'embeddings'],
      ...(options.headers === undefined ? {} : { headers: options.headers }),
      ...(options.onUnsupportedParam === undefined ? {} : { onUnsupportedParam: options.onUnsupportedParam }),
    });
  } catch (error) {
    if (error instanceof TypeError) throw new ConfigError([error.message]);
    throw error;
  }
  return compose(
    responsesOverChat(),
    presetRules('workers-ai', {
      model: { pattern: /^@(cf|hf)\/\S+$/, rule: 'must be @cf/<author>/<model> or @hf/<author>/<model>' },
    }),
    provider,
  );
}
