import type { ConditionQuery } from './config-types.js';

/** What a conditional-routing query is evaluated against. */
export interface ConditionContext {
  metadata: Readonly<Record<string, string>>;
  params: Readonly<Record<string, unknown>>;
  url: { pathname: string };
}

const comparisons = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$nin', '$regex']);

/**
 * Problems in a query (unknown operators, bad `$in` lists, invalid regexes), each prefixed by `path`.
 * Checked when the config is compiled, so a bad query never waits for a request to fail.
 */
export function queryProblems(query: ConditionQuery, path: string): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) {
        problems.push(`${path}.${key}: must be a non-empty array of queries`);
        continue;
      }
      value.forEach((item, index) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          problems.push(`${path}.${key}[${index}]: must be a query object`);
        } else problems.push(...queryProblems(item as ConditionQuery, `${path}.${key}[${index}]`));
      });
      continue;
    }
    if (key.startsWith('$')) {
      problems.push(`${path}.${key}: unknown operator at field position; use $and or $or`);
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const [operator, operand] of Object.entries(value)) {
      const where = `${path}.${key}.${operator}`;
      if (!comparisons.has(operator)) {
        problems.push(`${where}: unknown operator; use one of ${[...comparisons].join(', ')}`);
      } else if ((operator === '$in' || operator === '$nin') && !Array.isArray(operand)) {
        problems.push(`${where}: must be an array`);
      } else if (operator === '$regex') {
        try {
          new RegExp(String(operand));
        } catch {
          problems.push(`${where}: is not a valid regular expression`);
        }
      }
    }
  }
  return problems;
}

/**
 * Whether `context` satisfies `query`, with Portkey's semantics: fields are dotted paths into
 * `metadata`, `params` and `url`; a plain value means equality; all fields must hold.
 */
export function matchesQuery(query: ConditionQuery, context: ConditionContext): boolean {
  for (const [key, expected] of Object.entries(query)) {
    if (key === '$or') {
      if (!(expected as ConditionQuery[]).some((item) => matchesQuery(item, context))) return false;
      continue;
    }
    if (key === '$and') {
      if (!(expected as ConditionQuery[]).every((item) => matchesQuery(item, context))) return false;
      continue;
    }
    const actual = lookup(context, key);
    if (typeof expected === 'object' && expected !== null) {
      if (!matchesOperators(expected as Record<string, unknown>, actual)) return false;
    } else if (actual !== expected) return false;
  }
  return true;
}

function matchesOperators(operators: Record<string, unknown>, actual: unknown): boolean {
  for (const [operator, operand] of Object.entries(operators)) {
    switch (operator) {
      case '$eq':
        if (actual !== operand) return false;
        break;
      case '$ne':
        if (actual === operand) return false;
        break;
      case '$gt':
        if (!(Number(actual) > Number(operand))) return false;
        break;
      case '$gte':
        if (!(Number(actual) >= Number(operand))) return false;
        break;
      case '$lt':
        if (!(Number(actual) < Number(operand))) return false;
        break;
      case '$lte':
        if (!(Number(actual) <= Number(operand))) return false;
        break;
      case '$in':
        if (!(operand as unknown[]).includes(actual)) return false;
        break;
      case '$nin':
        if ((operand as unknown[]).includes(actual)) return false;
        break;
      case '$regex':
        if (typeof actual !== 'string' || !new RegExp(String(operand)).test(actual)) return false;
        break;
    }
  }
  return true;
}

function lookup(context: ConditionContext, path: string): unknown {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
