import type { GeminiSchema } from './gemini-types.js';

// The OpenAPI subset Gemini's `Schema` accepts; other JSON Schema keywords make it answer 400.
const schemaKeys = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
]);

/**
 * A JSON Schema (as OpenAI tools and `json_schema` carry it) reduced to Gemini's `Schema`:
 * unknown keywords are dropped, `type: [T, 'null']` becomes `type: T, nullable: true`.
 */
export function toGeminiSchema(schema: unknown): GeminiSchema {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return {};
  const result: GeminiSchema = {};
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (!schemaKeys.has(key)) continue;
    if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((type) => type !== 'null');
      if (types.length !== value.length) result['nullable'] = true;
      if (types.length === 1) result['type'] = types[0];
      else if (types.length > 1) result['anyOf'] = types.map((type) => ({ type }));
    } else if (key === 'properties' && typeof value === 'object' && value !== null) {
      const properties: Record<string, GeminiSchema> = {};
      for (const [name, property] of Object.entries(value)) properties[name] = toGeminiSchema(property);
      result['properties'] = properties;
    } else if (key === 'items') {
      result['items'] = toGeminiSchema(value);
    } else if (key === 'anyOf' && Array.isArray(value)) {
      result['anyOf'] = value.map(toGeminiSchema);
    } else {
      result[key] = value;
    }
  }
  return result;
}
