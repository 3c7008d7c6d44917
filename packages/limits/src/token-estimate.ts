/**
 * Estimates the tokens a request may use, reserved against `tokensPerMinute` when it is admitted
 * and settled against the answer's `usage`. Receives the parsed JSON body (undefined when there is
 * none, or it is not JSON) and its text ('' without a body).
 */
export type TokenEstimator = (body: Record<string, unknown> | undefined, text: string) => number;

/** Tokens counted for each base64 file (an image, audio) embedded in a request. */
const tokensPerEmbeddedFile = 1000;
const embeddedFile = /data:[^;,"\\]*;base64,[A-Za-z0-9+/=]*/g;

/**
 * The default `TokenEstimator`, in the spirit of OpenAI's own: the prompt at about 4 characters a
 * token (the body's JSON text, so it errs high), each base64 file embedded in it as 1000 tokens
 * rather than by its length, plus the most it may generate: `max_completion_tokens` (or
 * `max_tokens`, `max_output_tokens`) times `n`. Without such a cap only the prompt is reserved.
 */
export function estimateTokens(body: Record<string, unknown> | undefined, text: string): number {
  let characters = text.length;
  if (text.includes(';base64,')) {
    for (const match of text.matchAll(embeddedFile)) {
      characters += tokensPerEmbeddedFile * 4 - match[0].length;
    }
  }
  const output =
    count(body?.max_completion_tokens) ?? count(body?.max_tokens) ?? count(body?.max_output_tokens);
  const choices = count(body?.n) ?? 1;
  return Math.ceil(characters / 4) + (output ?? 0) * Math.max(choices, 1);
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}
