import { errorResponse } from './error-response.js';
import { readJsonBody } from './json-body.js';

const unpairedSurrogate = /\p{Cs}/u;

/**
 * The JSON body of an OpenAI request a provider is about to translate, when it is an object with a
 * non-empty, well-formed string `model`; otherwise the OpenAI 400 answer to give instead
 * (`<provider>: the request body is not valid JSON`, or `<provider>: model must be a non-empty
 * string` with `param: 'model'`), carrying `headers`. The body is read once (`readJsonBody`), so later readers get it for free.
 */
export async function readModelRequest<T extends { model: string }>(
  request: Request,
  provider: string,
  headers?: ConstructorParameters<typeof Headers>[0],
): Promise<T | Response> {
  let body: T;
  try {
    body = await readJsonBody<T>(request);
  } catch (error) {
    if (error instanceof SyntaxError) {
      return errorResponse(400, `${provider}: the request body is not valid JSON`, { headers });
    }
    throw error;
  }
  if (typeof body !== 'object' || body === null || typeof body.model !== 'string' || body.model === '') {
    return errorResponse(400, `${provider}: model must be a non-empty string`, { param: 'model', headers });
  }
  // A lone surrogate (JSON allows "\ud800") names no model, and cannot go into a URL or a header.
  if (unpairedSurrogate.test(body.model)) {
    return errorResponse(400, `${provider}: model must be well-formed text; it holds an unpaired surrogate`, {
      param: 'model',
      headers,
    });
  }
  return body;
}
