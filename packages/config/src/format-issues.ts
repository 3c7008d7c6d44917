import type { z } from 'zod';
import { configSchemas, nestedKeys } from './config-schema.js';
import { didYouMean } from './did-you-mean.js';

/** A path in the form people write it: `targets[1].retry.attempts`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? 'config' : text;
}

/** One readable line per zod issue, naming the path and the problem, with typo suggestions. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  const lines: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const candidates = knownKeysAt(issue.path);
      for (const key of issue.keys) {
        const suggestion = didYouMean(key, candidates);
        const hint = suggestion ? ` — did you mean ${suggestion}?` : '';
        lines.push(`${formatPath([...issue.path, key])}: unknown key${hint}`);
      }
      continue;
    }
    lines.push(`${formatPath(issue.path)}: ${describe(issue)}`);
  }
  return lines;
}

function knownKeysAt(path: readonly PropertyKey[]): readonly string[] {
  const last = [...path].reverse().find((part) => typeof part === 'string');
  if (typeof last === 'string' && last in nestedKeys) return nestedKeys[last]!;
  return configSchemas().configNodeKeys;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  if (issue.code === 'invalid_value') {
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
  }
  if (issue.code === 'too_small') {
    if (issue.origin === 'array') return `must have at least ${issue.minimum} item(s)`;
    if (issue.origin === 'string') return 'must not be empty';
    return `must be ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
  }
  if (issue.code === 'too_big') return `must be ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
  return issue.message;
}

function article(expected: string): string {
  if (expected === 'int') return 'an integer';
  if (expected === 'object' || expected === 'array') return `an ${expected}`;
  return `a ${expected}`;
}
