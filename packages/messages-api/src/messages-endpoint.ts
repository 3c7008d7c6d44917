/** The Messages API endpoints, by what the request path ends with. */
export type MessagesEndpoint = 'messages' | 'messages/count_tokens';

// `/v1/` is part of the match: a bare `/messages` ending is also OpenAI's Assistants API
// (`/v1/threads/{id}/messages`), which must pass through untouched.
const messagesPath = /\/v1\/messages(\/count_tokens)?\/?$/;

/**
 * The Messages API endpoint `url` (a URL, or its path) addresses, whatever prefix precedes
 * `/v1/messages` (a gateway mount, a proxy path), or `undefined` for any other path.
 */
export function messagesEndpoint(url: URL | string): MessagesEndpoint | undefined {
  const pathname = typeof url === 'string' ? pathOf(url) : url.pathname;
  const match = messagesPath.exec(pathname);
  if (match === null) return undefined;
  return match[1] === undefined ? 'messages' : 'messages/count_tokens';
}

/** The path of an absolute URL, or the string itself when it is a path already (query dropped). */
function pathOf(url: string): string {
  if (url.startsWith('/')) {
    const query = url.search(/[?#]/);
    return query === -1 ? url : url.slice(0, query);
  }
  return new URL(url).pathname;
}

/**
 * The chat completions URL beside a Messages URL: same origin and prefix, `/v1/messages` replaced
 * by `/v1/chat/completions`, the query dropped (it is Anthropic's, e.g. the SDK's `?beta=true`).
 */
export function chatCompletionsURL(messagesURL: string): string {
  const url = new URL(messagesURL);
  url.pathname = url.pathname.replace(/\/v1\/messages(\/count_tokens)?\/?$/, '/v1/chat/completions');
  url.search = '';
  url.hash = '';
  return url.href;
}
