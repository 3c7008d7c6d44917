import type { Middleware } from '@switchyard/core';
import { openaiCompatible } from './openai-compatible.js';

/** Options of `openai`. */
export interface OpenAIOptions {
  /** The OpenAI API key, sent as `Authorization: Bearer <key>`. Required. */
  apiKey: string;
  /** The API root as the official SDK defines it. Default: `https://api.openai.com/v1`. */
  baseURL?: string | URL;
  /** Sent as the `OpenAI-Organization` header. Default: none. */
  organization?: string;
  /** Sent as the `OpenAI-Project` header. Default: none. */
  project?: string;
  /** The value of the `x-switchyard-provider` response header. Default: `'openai'`. */
  name?: string;
}

/**
 * OpenAI as a provider. Every endpoint passes through unchanged (chat completions, embeddings,
 * images, audio speech/transcriptions/translations, models, and any other path after `/v1/`),
 * with this provider's key in place of the caller's `authorization` header. Anthropic's Messages
 * API (`POST /v1/messages`) is answered through chat completions.
 *
 * @throws TypeError at factory time naming the invalid option.
 */
export function openai(options: OpenAIOptions): Middleware {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('openai: options must be an object');
  if (typeof options.apiKey !== 'string' || options.apiKey === '') {
    throw new TypeError('openai: apiKey must be a non-empty string');
  }
  const headers: Record<string, string> = {};
  if (options.organization !== undefined)
    headers['openai-organization'] = nonEmpty('organization', options.organization);
  if (options.project !== undefined) headers['openai-project'] = nonEmpty('project', options.project);
  return openaiCompatible({
    name: options.name ?? 'openai',
    baseURL: options.baseURL ?? 'https://api.openai.com/v1',
    apiKey: options.apiKey,
    headers,
    // OpenAI's reasoning models refuse `max_tokens`; every OpenAI model reads this one.
    maxTokensParam: 'max_completion_tokens',
  });
}

function nonEmpty(option: string, value: unknown): string {
  if (typeof value !== 'string' || value === '')
    throw new TypeError(`openai: ${option} must be a non-empty string`);
  return value;
}
