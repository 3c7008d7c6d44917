import { maxJsonDepth } from './json-depth.js';

/**
 * JSON with object keys sorted at every depth, so two bodies that differ only in key order give
 * the same text. Array order is kept (it changes the answer: messages, stop sequences, tools).
 *
 * @throws RangeError when `value` nests deeper than 128 levels (`readJsonBody` refuses such bodies).
 */
export function canonicalJson(value: unknown): string {
  return canonicalAt(value, 0);
}

function canonicalAt(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth >= maxJsonDepth)
    throw new RangeError(`canonicalJson: value nests deeper than ${maxJsonDepth} levels`);
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ',';
      text += value[index] === undefined ? 'null' : canonicalAt(value[index], depth + 1);
    }
    return text + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let text = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function') continue;
    if (!first) text += ',';
    first = false;
    text += JSON.stringify(key) + ':' + canonicalAt(item, depth + 1);
  }
  return text + '}';
}
