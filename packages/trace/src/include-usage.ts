import { withJsonBody } from '@switchyard/core';
import { readBodyText, splitRequestURL } from '@switchyard/core/internal';

const includeUsageMember = '"stream_options":{"include_usage":true}';

/**
 * The text of a JSON request body that has no `stream_options`, with
 * `"stream_options":{"include_usage":true}` added as its last member: a splice rather than a new
 * `JSON.stringify`, whose cost grows with the prompt. `undefined` when `text` is not a JSON object's
 * text ending in `}`.
 */
export function withIncludeUsageText(text: string): string | undefined {
  const end = text.lastIndexOf('}');
  if (end === -1 || text.charCodeAt(0) !== 0x7b || text.slice(end + 1).trim() !== '') return undefined;
  const members = text.slice(0, end).trimEnd();
  const separator = members.length === 1 ? '' : ',';
  return `${members}${separator}${includeUsageMember}}`;
}

/** True when the JSON body `body` already asks for stream usage (`stream_options.include_usage: true`). */
export function asksForUsage(body: Record<string, unknown> | undefined): boolean {
  const streamOptions = body?.stream_options;
  return (
    typeof streamOptions === 'object' &&
    streamOptions !== null &&
    (streamOptions as Record<string, unknown>).include_usage === true
  );
}

/**
 * `request`, whose JSON body is `body`, asking for stream usage (`stream_options.include_usage`).
 * A request to any other path than chat completions is returned as it is: Anthropic's Messages API
 * and OpenAI's Responses API always stream usage, and would refuse the field.
 */
export async function withIncludeUsage(request: Request, body: Record<string, unknown>): Promise<Request> {
  if (!splitRequestURL(request.url).pathname.endsWith('/chat/completions')) return request;
  const streamOptions = body.stream_options;
  const asking = {
    ...body,
    stream_options: { ...(streamOptions as Record<string, unknown> | undefined), include_usage: true },
  };
  const text = streamOptions === undefined ? withIncludeUsageText(await readBodyText(request)) : undefined;
  return withJsonBody(request, asking, text);
}
