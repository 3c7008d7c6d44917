import type { Handler } from '@switchyard/core';
import {
  deriveRequest,
  passThroughResponse,
  splitRequestURL,
  withOptionHeaders,
} from '@switchyard/core/internal';

/** What the passthrough needs of the provider's settings. */
export interface NativeMessagesSettings {
  apiKey: string;
  /** The API root, without a trailing slash. */
  base: string;
  /** The provider's `anthropic-version`, for a caller that sends none. */
  version: string;
  /** The provider's `anthropic-beta` value, comma-joined. */
  beta: string | undefined;
  name: string;
}

// `/v1/` is part of the match: OpenAI's Assistants API also has paths ending in `/messages`.
const nativePath = /\/v1\/messages(\/count_tokens)?\/?$/;

/**
 * The Messages API path (`/v1/messages` or `/v1/messages/count_tokens`) `request` asks for, when it
 * is a POST to one of them, whatever prefix precedes it; `undefined` otherwise.
 */
export function nativeMessagesPath(request: Request): string | undefined {
  if (request.method !== 'POST') return undefined;
  const match = nativePath.exec(splitRequestURL(request.url).pathname);
  if (match === null) return undefined;
  return match[1] === undefined ? '/v1/messages' : '/v1/messages/count_tokens';
}

/**
 * Sends a Messages API request to Anthropic as it is: the body (JSON or a stream request) and the
 * query (`?beta=true`) untouched, with the provider's `x-api-key` in place of the caller's
 * credentials; the caller's `anthropic-version` when given (its body is written for it), else the
 * provider's; `anthropic-beta` joining the provider's betas and the caller's. The answer (JSON,
 * event stream or Anthropic's own error body) comes back unchanged, status kept.
 */
export async function nativeMessages(
  request: Request,
  path: string,
  next: Handler,
  settings: NativeMessagesSettings,
): Promise<Response> {
  const headers = new Headers({
    'content-type': request.headers.get('content-type') ?? 'application/json',
    accept: request.headers.get('accept') ?? 'application/json',
    'x-api-key': settings.apiKey,
    'anthropic-version': request.headers.get('anthropic-version') ?? settings.version,
  });
  const betas = new Set(
    [settings.beta, request.headers.get('anthropic-beta')]
      .flatMap((value) => value?.split(',') ?? [])
      .map((beta) => beta.trim())
      .filter((beta) => beta !== ''),
  );
  if (betas.size > 0) headers.set('anthropic-beta', [...betas].join(','));
  withOptionHeaders(headers, request);
  const { search } = splitRequestURL(request.url);
  const native = deriveRequest(request, { url: `${settings.base}${path}${search}`, headers }, next);
  return passThroughResponse(await next(native), settings.name);
}
