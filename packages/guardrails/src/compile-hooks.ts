import { builtinChecks } from './checks/builtin-checks.js';
import type { CheckFunction, GuardrailHook, HookFeedback } from './guardrail-types.js';

/** A check ready to run. */
export interface CompiledCheck {
  id: string;
  run: CheckFunction;
  parameters: Readonly<Record<string, unknown>>;
  failOnError: boolean;
}

/** A hook ready to run. */
export interface CompiledHook {
  id: string;
  deny: boolean;
  async: boolean;
  sequential: boolean;
  onFail: HookFeedback | undefined;
  onSuccess: HookFeedback | undefined;
  checks: CompiledCheck[];
}

// Portkey's hook fields; `name` and `guardrail_version_id` only describe the hook.
const hookKeys = new Set([
  'guardrail_version_id',
  'type',
  'id',
  'deny',
  'async',
  'sequential',
  'on_fail',
  'on_success',
  'checks',
  'name',
]);

/**
 * Checks and compiles hooks once, at setup time: unknown check ids, disabled checks and bad parameters
 * are dealt with here, so a request never meets a configuration error.
 *
 * @throws TypeError naming the path of the problem, e.g. `before[0].checks[1].parameters.rule`.
 */
export function compileHooks(
  hooks: unknown,
  path: string,
  defaultIdPrefix: string,
  custom: Readonly<Record<string, CheckFunction>>,
): CompiledHook[] {
  if (hooks === undefined) return [];
  if (!Array.isArray(hooks))
    throw new TypeError(`${path} must be an array of guardrail hooks; got ${typeof hooks}`);
  return hooks.map((hook, index) =>
    compileHook(hook, `${path}[${index}]`, `${defaultIdPrefix}_${index}`, custom),
  );
}

function compileHook(
  hook: unknown,
  path: string,
  defaultId: string,
  custom: Readonly<Record<string, CheckFunction>>,
): CompiledHook {
  if (typeof hook !== 'object' || hook === null || Array.isArray(hook)) {
    throw new TypeError(`${path} must be a guardrail hook object { checks: [...] }`);
  }
  const value = hook as GuardrailHook & Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (!hookKeys.has(key)) throw new TypeError(`${path}.${key} is not a guardrail hook field`);
  }
  if (value.type !== undefined && value.type !== 'guardrail') {
    throw new TypeError(
      `${path}.type must be "guardrail" (mutator hooks are not supported); got ${JSON.stringify(value.type)}`,
    );
  }
  if (value.id !== undefined && (typeof value.id !== 'string' || value.id === '')) {
    throw new TypeError(`${path}.id must be a non-empty string`);
  }
  for (const flag of ['deny', 'async', 'sequential'] as const) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean') {
      throw new TypeError(`${path}.${flag} must be a boolean; got ${typeof value[flag]}`);
    }
  }
  if (!Array.isArray(value.checks) || value.checks.length === 0) {
    throw new TypeError(`${path}.checks must be a non-empty array of checks`);
  }
  const checks: CompiledCheck[] = [];
  value.checks.forEach((check, index) => {
    const compiled = compileCheck(check, `${path}.checks[${index}]`, custom);
    if (compiled) checks.push(compiled);
  });
  return {
    id: value.id ?? defaultId,
    deny: value.deny ?? false,
    async: value.async ?? false,
    sequential: value.sequential ?? false,
    onFail: feedbackOf(value.on_fail, `${path}.on_fail`),
    onSuccess: feedbackOf(value.on_success, `${path}.on_success`),
    checks,
  };
}

function compileCheck(
  check: unknown,
  path: string,
  custom: Readonly<Record<string, CheckFunction>>,
): CompiledCheck | undefined {
  if (typeof check === 'function') {
    return {
      id: (check as CheckFunction).name || 'custom',
      run: check as CheckFunction,
      parameters: {},
      failOnError: false,
    };
  }
  if (typeof check !== 'object' || check === null) {
    throw new TypeError(`${path} must be { id, parameters } or a check function`);
  }
  const spec = check as { id?: unknown; parameters?: unknown; is_enabled?: unknown; check?: unknown };
  if (typeof spec.id !== 'string' || spec.id === '')
    throw new TypeError(`${path}.id must be a non-empty string`);
  if (spec.is_enabled === false) return undefined;
  const parameters = spec.parameters ?? {};
  if (typeof parameters !== 'object' || parameters === null || Array.isArray(parameters)) {
    throw new TypeError(`${path}.parameters must be an object`);
  }
  const params = parameters as Record<string, unknown>;
  if (params.failOnError !== undefined && typeof params.failOnError !== 'boolean') {
    throw new TypeError(`${path}.parameters.failOnError must be a boolean`);
  }
  const failOnError = params.failOnError === true;
  if (spec.check !== undefined) {
    if (typeof spec.check !== 'function') throw new TypeError(`${path}.check must be a function`);
    return { id: spec.id, run: spec.check as CheckFunction, parameters: params, failOnError };
  }
  const id = spec.id.includes('.') ? spec.id : `default.${spec.id}`;
  const customCheck = custom[id];
  if (customCheck) return { id, run: customCheck, parameters: params, failOnError };
  const builtin = builtinChecks[id];
  if (!builtin) {
    throw new TypeError(
      `${path}.id "${spec.id}" is not a known check; known: ${[...Object.keys(builtinChecks), ...Object.keys(custom)].join(', ')}`,
    );
  }
  builtin.validate(params, `${path}.parameters`);
  return { id, run: builtin.run, parameters: params, failOnError };
}

function feedbackOf(value: unknown, path: string): HookFeedback | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null)
    throw new TypeError(`${path} must be an object { feedback }`);
  const feedback = (value as { feedback?: unknown }).feedback;
  if (feedback === undefined) return undefined;
  if (typeof feedback !== 'object' || feedback === null)
    throw new TypeError(`${path}.feedback must be an object`);
  return feedback as HookFeedback;
}
