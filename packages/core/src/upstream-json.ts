import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';

/**
 * The upstream answer's body parsed as JSON.
 *
 * @throws UpstreamProtocolError naming `provider`, the status and the first 80 characters of the
 *   body when it is not JSON (the parse error as `cause`).
 */
export async function readUpstreamJson<T = unknown>(response: Response, provider: string): Promise<T> {
  const text = await response.text();
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new UpstreamProtocolError(
      `${provider}: the ${response.status} answer is not valid JSON: ${text.slice(0, 80)}`,
      { cause: error },
    );
  }
}
