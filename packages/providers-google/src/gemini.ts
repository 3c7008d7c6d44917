import type { Middleware } from '@switchyard/core';
import { parseBaseURL } from '@switchyard/core/internal';
import { geminiEmbeddingCall } from './embeddings.js';
import { googleProvider } from './google-provider.js';

/** Options of `gemini`. */
export interface GeminiOptions {
  /** The Gemini API key, sent as `x-goog-api-key`. Default: `GEMINI_API_KEY`, else `GOOGLE_API_KEY` from the environment. */
  apiKey?: string;
  /** The API root, as Google's SDKs define it. Default: `https://generativelanguage.googleapis.com`. */
  baseURL?: string | URL;
  /** The API version path segment. Default: `v1beta` (the version that has every feature). */
  apiVersion?: string;
}

/**
 * The Gemini API (Google AI Studio keys) as a Switchyard provider: OpenAI chat completions
 * (streaming, tools, JSON mode, images) on `generateContent` / `streamGenerateContent?alt=sse`, and
 * embeddings on `embedContent` / `batchEmbedContents`. OpenAI's Responses API (`/responses`) is
 * answered through the chat translation (`responsesOverChat`).
 *
 * @throws TypeError when no API key is given or found in the environment, or an option is malformed.
 */
export function gemini(options: GeminiOptions = {}): Middleware {
  const apiKey = options.apiKey ?? process.env['GEMINI_API_KEY'] ?? process.env['GOOGLE_API_KEY'];
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new TypeError('gemini: apiKey is required (or set GEMINI_API_KEY / GOOGLE_API_KEY)');
  }
  const apiVersion = options.apiVersion ?? 'v1beta';
  if (!/^v\w+$/.test(apiVersion)) {
    throw new TypeError(`gemini: apiVersion must look like v1beta; got ${JSON.stringify(apiVersion)}`);
  }
  const base = parseBaseURL('gemini', options.baseURL ?? 'https://generativelanguage.googleapis.com');
  const root = `${base.origin}${base.pathname.replace(/\/$/, '')}/${apiVersion}`;
  const authentication = { headers: { 'x-goog-api-key': apiKey }, secrets: [apiKey] };
  return googleProvider({
    name: 'gemini',
    modelURL: (model) => `${root}/models/${encodeURIComponent(model)}`,
    authenticate: async () => authentication,
    embeddingCall: geminiEmbeddingCall,
  });
}
