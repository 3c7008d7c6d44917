import { type Handler, toFetch } from '@switchyard/core';
import OpenAI, { APIUserAbortError } from 'openai';

/** The chat request every case sends. */
export interface ChatBody {
  model: string;
  messages: Array<{ role: 'user'; content: string }>;
}

/** What the caller got back, read as the caller reads it. */
export interface CallerResult {
  status: number;
  headers: Headers;
  /** The assistant's reply in the answer. */
  content: unknown;
}

/** One way a caller reaches a pipeline. */
export interface Entry {
  name: string;
  call(pipeline: Handler, baseURL: string, body: ChatBody, signal?: AbortSignal): Promise<CallerResult>;
  /** Whether `error` is how this caller learns that it aborted with `reason`. */
  isCallerAbort(error: unknown, reason: Error): boolean;
}

/** Headers of a raw call, with a credential as SDKs send (the caches partition by it). */
const requestHeaders = { 'content-type': 'application/json', authorization: 'Bearer x' };

async function resultOf(response: Response): Promise<CallerResult> {
  const json = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
  return { status: response.status, headers: response.headers, content: json.choices?.[0]?.message?.content };
}

/** A `Request` as a caller builds one for the pipeline itself. */
export function chatRequest(baseURL: string, body: ChatBody, signal?: AbortSignal): Request {
  return new Request(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: requestHeaders,
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

/** A call through `toFetch`, as an SDK makes it: a URL and a string body. */
export function fetchThrough(
  pipeline: Handler,
  baseURL: string,
  body: ChatBody,
  signal?: AbortSignal,
): Promise<Response> {
  return toFetch(pipeline)(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: requestHeaders,
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
}

export const entries: readonly Entry[] = [
  {
    name: 'a new Request',
    async call(pipeline, baseURL, body, signal) {
      return resultOf(await pipeline(chatRequest(baseURL, body, signal)));
    },
    isCallerAbort: (error, reason) => error === reason,
  },
  {
    name: 'toFetch',
    async call(pipeline, baseURL, body, signal) {
      return resultOf(await fetchThrough(pipeline, baseURL, body, signal));
    },
    isCallerAbort: (error, reason) => error === reason,
  },
  {
    name: 'the openai SDK',
    async call(pipeline, baseURL, body, signal) {
      const client = new OpenAI({ apiKey: 'x', baseURL, fetch: toFetch(pipeline), maxRetries: 0 });
      const { data, response } = await client.chat.completions
        .create(body, signal ? { signal } : {})
        .withResponse();
      return {
        status: response.status,
        headers: response.headers,
        content: data.choices[0]?.message.content,
      };
    },
    // The SDK turns any abort of its call into its own error.
    isCallerAbort: (error) => error instanceof APIUserAbortError,
  },
];
