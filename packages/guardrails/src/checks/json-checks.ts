import { Validator } from '@cfworker/json-schema';
import {
  applyNot,
  type BuiltinCheck,
  describe,
  optionalBoolean,
  optionalOneOf,
  requireStrings,
} from './builtin-check.js';

/**
 * The JSON values found in `text`: the whole text when it parses, else each fenced code block
 * (```json ... ```), else the span from the first `{` to the last `}`.
 */
export function jsonCandidates(text: string): unknown[] {
  const whole = tryParse(text.trim());
  if (whole.ok) return [whole.value];
  const found: unknown[] = [];
  for (const match of text.matchAll(/```+(?:json)?\s*([\s\S]*?)```+/g)) {
    const parsed = tryParse((match[1] ?? '').trim());
    if (parsed.ok) found.push(parsed.value);
  }
  if (found.length > 0) return found;
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start !== -1 && end > start) {
    const parsed = tryParse(text.slice(start, end + 1));
    if (parsed.ok) found.push(parsed.value);
  }
  return found;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** `switchyard.validJson`: the text is JSON (whole, or in a fenced code block). */
export const validJson: BuiltinCheck = {
  validate(parameters, path) {
    optionalBoolean(parameters, 'not', path);
  },
  run(context, parameters) {
    const found = jsonCandidates(context.text).length > 0;
    return { verdict: applyNot(parameters, found), data: { json: found } };
  },
};

/**
 * `default.jsonSchema`: some JSON in the text validates against `schema` (draft 2020-12), checked by
 * @cfworker/json-schema, as Portkey's gateway does.
 */
export const jsonSchema: BuiltinCheck = {
  validate(parameters, path) {
    const schema = parameters.schema;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      throw new TypeError(`${path}.schema must be a JSON Schema object; got ${describe(schema)}`);
    }
    optionalBoolean(parameters, 'not', path);
  },
  run(context, parameters) {
    const validator = new Validator(parameters.schema as Record<string, unknown>, '2020-12', false);
    const candidates = jsonCandidates(context.text);
    if (candidates.length === 0) {
      return { verdict: applyNot(parameters, false), data: { explanation: 'No JSON found in the text.' } };
    }
    let errors: Array<{ path: string; message: string }> = [];
    for (const candidate of candidates) {
      const result = validator.validate(candidate);
      if (result.valid)
        return {
          verdict: applyNot(parameters, true),
          data: { matchedJson: candidate, validationErrors: [] },
        };
      if (errors.length === 0) {
        errors = result.errors.map((error) => ({ path: error.instanceLocation, message: error.error }));
      }
    }
    return { verdict: applyNot(parameters, false), data: { validationErrors: errors } };
  },
};

/** `default.jsonKeys`: some JSON object in the text has `any`, `all` or `none` of `keys` (default `any`). */
export const jsonKeys: BuiltinCheck = {
  validate(parameters, path) {
    requireStrings(parameters, 'keys', path);
    optionalOneOf(parameters, 'operator', ['any', 'all', 'none'], path);
  },
  run(context, parameters) {
    const keys = parameters.keys as string[];
    const operator = (parameters.operator as string | undefined) ?? 'any';
    const objects = jsonCandidates(context.text).filter(
      (value): value is Record<string, unknown> =>
        typeof value === 'object' && value !== null && !Array.isArray(value),
    );
    for (const object of objects) {
      const present = keys.filter((key) => Object.hasOwn(object, key));
      const verdict =
        operator === 'all'
          ? present.length === keys.length
          : operator === 'none'
            ? present.length === 0
            : present.length > 0;
      if (verdict) return { verdict, data: { operator, present } };
    }
    return { verdict: false, data: { operator, objects: objects.length } };
  },
};
