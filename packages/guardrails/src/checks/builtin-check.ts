import type { CheckFunction } from '../guardrail-types.js';

/** A check shipped with the package: the function and a validation of its parameters at setup time. */
export interface BuiltinCheck {
  run: CheckFunction;
  /** Throws a `TypeError` naming `path` (e.g. `before[0].checks[1].parameters.rule`) on bad parameters. */
  validate(parameters: Readonly<Record<string, unknown>>, path: string): void;
}

export function requireString(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  path: string,
): void {
  if (typeof parameters[name] !== 'string' || parameters[name] === '') {
    throw new TypeError(`${path}.${name} must be a non-empty string; got ${describe(parameters[name])}`);
  }
}

export function requireStrings(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  path: string,
): void {
  const value = parameters[name];
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string')) {
    throw new TypeError(`${path}.${name} must be a non-empty array of strings; got ${describe(value)}`);
  }
}

export function optionalStrings(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  path: string,
): void {
  const value = parameters[name];
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new TypeError(`${path}.${name} must be an array of strings; got ${describe(value)}`);
  }
}

export function optionalNumber(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  path: string,
): void {
  const value = parameters[name];
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TypeError(`${path}.${name} must be a number >= 0; got ${describe(value)}`);
  }
}

export function optionalBoolean(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  path: string,
): void {
  const value = parameters[name];
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${path}.${name} must be a boolean; got ${describe(value)}`);
  }
}

export function optionalOneOf(
  parameters: Readonly<Record<string, unknown>>,
  name: string,
  allowed: readonly string[],
  path: string,
): void {
  const value = parameters[name];
  if (value !== undefined && !allowed.includes(value as string)) {
    throw new TypeError(
      `${path}.${name} must be one of ${allowed.map((item) => `"${item}"`).join(', ')}; got ${describe(value)}`,
    );
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value;
}

/** `verdict` inverted when the check's `not` parameter is true (Portkey's convention). */
export function applyNot(parameters: Readonly<Record<string, unknown>>, verdict: boolean): boolean {
  return parameters.not === true ? !verdict : verdict;
}
