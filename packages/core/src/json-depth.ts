/**
 * How deeply a request body's JSON may nest. Real requests nest a few levels (messages, content
 * parts, a tool's JSON schema a few more); the bound keeps every reader of a parsed body — cache
 * keys, guardrails, providers — from recursing without end on a hostile one.
 */
export const maxJsonDepth = 128;

/**
 * True when the JSON `text` nests arrays and objects deeper than `limit`. Reads the text once,
 * skipping strings, and stops as soon as the bound is passed.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return false;
}
