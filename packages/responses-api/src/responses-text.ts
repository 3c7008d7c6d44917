/**
 * Text in Responses API bodies, for middlewares that look at what is said (semantic cache,
 * guardrails, trace): the request's input texts and the response's output text. They read any JSON
 * value and never throw: what is not text is skipped.
 */

const textTypes = new Set(['input_text', 'output_text']);

/**
 * The text of the request's final input when it is a user message of text only: `input` itself
 * when it is a string, else the last item's text (parts joined by newlines, as the semantic cache
 * joins chat text parts). `undefined` when the final item is anything else (a function call output,
 * an assistant message) or holds an image or a file.
 */
export function lastUserInputText(body: unknown): string | undefined {
  const input = field(body, 'input');
  if (typeof input === 'string') return input;
  if (!Array.isArray(input) || input.length === 0) return undefined;
  const last = input[input.length - 1] as unknown;
  if (!isObject(last) || last.role !== 'user' || (last.type !== undefined && last.type !== 'message')) {
    return undefined;
  }
  if (typeof last.content === 'string') return last.content;
  if (!Array.isArray(last.content)) return undefined;
  const texts: string[] = [];
  for (const part of last.content as unknown[]) {
    if (!isObject(part) || !textTypes.has(part.type as string) || typeof part.text !== 'string')
      return undefined;
    texts.push(part.text);
  }
  return texts.join('\n');
}

/**
 * Every text the request sends the model, in order: `instructions`, then each input message's
 * text parts (whatever the role) and each function call output given as text.
 */
export function inputTexts(body: unknown): string[] {
  const texts: string[] = [];
  const instructions = field(body, 'instructions');
  if (typeof instructions === 'string') texts.push(instructions);
  const input = field(body, 'input');
  if (typeof input === 'string') {
    texts.push(input);
    return texts;
  }
  if (!Array.isArray(input)) return texts;
  for (const item of input as unknown[]) {
    const key = isObject(item) ? textKey(item) : undefined;
    if (key === undefined) continue;
    const content = (item as Record<string, unknown>)[key];
    if (typeof content === 'string') texts.push(content);
    else if (Array.isArray(content)) {
      for (const part of content as unknown[]) {
        if (isObject(part) && textTypes.has(part.type as string) && typeof part.text === 'string') {
          texts.push(part.text);
        }
      }
    }
  }
  return texts;
}

/**
 * A copy of the request body with `rewrite` applied to every text `inputTexts` lists (to redact
 * them, say); everything else is kept as it is.
 */
export function rewriteInputTexts<T>(body: T, rewrite: (text: string) => string): T {
  if (!isObject(body)) return body;
  const copy: Record<string, unknown> = { ...body };
  if (typeof copy.instructions === 'string') copy.instructions = rewrite(copy.instructions);
  if (typeof copy.input === 'string') copy.input = rewrite(copy.input);
  else if (Array.isArray(copy.input)) {
    copy.input = (copy.input as unknown[]).map((item) => {
      const key = isObject(item) ? textKey(item) : undefined;
      if (key === undefined || !isObject(item)) return item;
      const content = item[key];
      if (typeof content === 'string') return { ...item, [key]: rewrite(content) };
      if (!Array.isArray(content)) return item;
      return {
        ...item,
        [key]: (content as unknown[]).map((part) =>
          isObject(part) && textTypes.has(part.type as string) && typeof part.text === 'string'
            ? { ...part, text: rewrite(part.text) }
            : part,
        ),
      };
    });
  }
  return copy as T;
}

/**
 * The response's output text as the official SDKs compute their `output_text` convenience (it is
 * not on the wire): the `output_text` parts of every `message` output item, joined without a
 * separator. Takes a Response object, or the `response` of a `response.completed` event.
 */
export function responseOutputText(response: unknown): string {
  const output = field(response, 'output');
  if (!Array.isArray(output)) return '';
  let text = '';
  for (const item of output as unknown[]) {
    if (!isObject(item) || item.type !== 'message' || !Array.isArray(item.content)) continue;
    for (const part of item.content as unknown[]) {
      if (isObject(part) && part.type === 'output_text' && typeof part.text === 'string') text += part.text;
    }
  }
  return text;
}

/** Where an input item holds text: a message's `content`, a function call output's `output`. */
function textKey(item: Record<string, unknown>): 'content' | 'output' | undefined {
  if (item.type === 'function_call_output') return 'output';
  if ('role' in item && (item.type === undefined || item.type === 'message')) return 'content';
  return undefined;
}

function field(value: unknown, name: string): unknown {
  return isObject(value) ? value[name] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
