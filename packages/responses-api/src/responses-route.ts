/** A Responses API call this package answers. */
export type ResponsesRoute =
  | { kind: 'create' }
  | { kind: 'retrieve'; id: string }
  | { kind: 'delete'; id: string };

const createPath = /(?:^|\/)responses\/?$/;
const byIdPath = /\/responses\/([^/]+)\/?$/;

/**
 * Which Responses API call `method` and `url` (a URL, or its path) make, whatever prefix precedes
 * `/responses` (`/v1`, `/openai/v1`): `POST …/responses` creates, `GET …/responses/{id}`
 * retrieves, `DELETE …/responses/{id}` deletes. `undefined` for every other call (`…/cancel`,
 * `…/input_items`, `…/input_tokens`, chat, embeddings, ...).
 */
export function responsesRoute(method: string, url: URL | string): ResponsesRoute | undefined {
  const pathname = typeof url === 'string' ? pathOf(url) : url.pathname;
  if (method === 'POST') return createPath.test(pathname) ? { kind: 'create' } : undefined;
  if (method !== 'GET' && method !== 'DELETE') return undefined;
  const match = byIdPath.exec(pathname);
  if (!match) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
  return method === 'GET' ? { kind: 'retrieve', id } : { kind: 'delete', id };
}

/** The path of an absolute URL or of a path with a query. */
function pathOf(url: string): string {
  const path = /^[a-z][a-z\d+.-]*:\/\//i.test(url) ? new URL(url).pathname : url;
  const end = path.search(/[?#]/);
  return end === -1 ? path : path.slice(0, end);
}
