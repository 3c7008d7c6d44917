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
