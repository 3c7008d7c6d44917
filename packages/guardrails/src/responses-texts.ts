import { inputTexts, responseOutputText, rewriteInputTexts } from '@switchyard/responses-api';

// The texts of OpenAI Responses API bodies guardrails check and redact: the request's
// `instructions` and input texts, and the answer's `output_text` parts.

type Rewrite = (text: string) => string;

/**
 * The texts of a Responses request: `text` is the last input's (the `input` string, or the last
 * item's text parts joined by newlines: Portkey's last-message rule), `texts` every text sent,
 * `instructions` first.
 */
export function responsesRequestTexts(json: Record<string, unknown>): { text: string; texts: string[] } {
  const input = json.input;
  const last = Array.isArray(input) ? inputTexts({ input: input.slice(-1) }) : inputTexts({ input });
  return { text: last.join('\n'), texts: inputTexts(json) };
}

/** A copy of a Responses request with `rewrite` applied to `instructions` and every input text. */
export function rewriteResponsesRequest(
  json: Record<string, unknown>,
  rewrite: Rewrite,
): Record<string, unknown> {
  return rewriteInputTexts(json, rewrite);
}

/** The texts of a Response: `text` as the SDKs' `output_text`, `texts` each `output_text` part. */
export function responseOutputTexts(json: unknown): { text: string; texts: string[] } {
  const texts: string[] = [];
  for (const part of outputTextParts(json)) texts.push(part.text);
  return { text: responseOutputText(json), texts };
}

/** A copy of a Response with `rewrite` applied to each `output_text` part of its message items. */
export function rewriteResponseOutput(json: unknown, rewrite: Rewrite): unknown {
  if (!isObject(json) || !Array.isArray(json.output)) return json;
  const output = (json.output as unknown[]).map((item) => {
    if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) return item;
    return {
      ...item,
      content: (item.content as unknown[]).map((part) =>
        isOutputText(part) ? { ...part, text: rewrite(part.text) } : part,
      ),
    };
  });
  const copy: Record<string, unknown> = { ...json, output };
  // Not on OpenAI's wire, but some servers add the SDKs' convenience field: it must not keep the text.
  if (typeof json.output_text === 'string') copy.output_text = rewrite(json.output_text);
  return copy;
}

function* outputTextParts(json: unknown): Generator<{ text: string }> {
  if (!isObject(json) || !Array.isArray(json.output)) return;
  for (const item of json.output as unknown[]) {
    if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as unknown[]) if (isOutputText(part)) yield part;
  }
}

function isOutputText(part: unknown): part is { type: 'output_text'; text: string } {
  return isObject(part) && part.type === 'output_text' && typeof part.text === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
