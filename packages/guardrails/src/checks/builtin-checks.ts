import type { BuiltinCheck } from './builtin-check.js';
import { jsonKeys, jsonSchema, validJson } from './json-checks.js';
import { pii } from './pii.js';
import { modelWhitelist, requestParams, requiredMetadataKeys } from './request-checks.js';
import {
  allLowercase,
  allUppercase,
  characterCount,
  contains,
  endsWith,
  regexMatch,
  sentenceCount,
  wordCount,
} from './text-checks.js';
import { validUrls } from './valid-urls.js';
import { webhook } from './webhook.js';

/** The checks every `guardrails()` knows, under Portkey's ids (`default.*`) and ours (`switchyard.*`). */
export const builtinChecks: Readonly<Record<string, BuiltinCheck>> = {
  'default.regexMatch': regexMatch,
  'default.contains': contains,
  'default.endsWith': endsWith,
  'default.wordCount': wordCount,
  'default.sentenceCount': sentenceCount,
  'default.characterCount': characterCount,
  'default.alluppercase': allUppercase,
  'default.alllowercase': allLowercase,
  'default.jsonSchema': jsonSchema,
  'default.jsonKeys': jsonKeys,
  'default.validUrls': validUrls,
  'default.modelWhitelist': modelWhitelist,
  'default.requiredMetadataKeys': requiredMetadataKeys,
  'default.webhook': webhook,
  'switchyard.pii': pii,
  'switchyard.validJson': validJson,
  'switchyard.requestParams': requestParams,
};
