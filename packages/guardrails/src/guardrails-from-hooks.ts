import type { Middleware } from '@switchyard/core';
import { builtinChecks } from './checks/builtin-checks.js';
import { compileHooks } from './compile-hooks.js';
import type { CheckFunction, GuardrailHook } from './guardrail-types.js';
import { type GuardrailsOptions, guardrails } from './guardrails.js';

/** Portkey config keys that hold guardrails, as they appear in a config object. */
export interface PortkeyHookKeys {
  before_request_hooks?: unknown[];
  after_request_hooks?: unknown[];
  /** Aliases of `before_request_hooks` in the shorthand form, or ids of named guardrails. */
  input_guardrails?: unknown[];
  /** Aliases of `after_request_hooks` in the shorthand form, or ids of named guardrails. */
  output_guardrails?: unknown[];
}

/** Options of `guardrailsFromHooks`, on top of `guardrails()`'s. */
export interface GuardrailsFromHooksOptions extends Omit<GuardrailsOptions, 'before' | 'after'> {
  /**
   * Hooks that `input_guardrails` / `output_guardrails` may name by id (Portkey keeps such guardrails on
   * its platform; here they are given in code). Default: none, so an id is an error.
   */
  named?: Readonly<Record<string, GuardrailHook>>;
}

const shorthandHookKeys = [
  'deny',
  'on_fail',
  'on_success',
  'async',
  'id',
  'type',
  'sequential',
  'name',
  'guardrail_version_id',
];

/**
 * `guardrails()` from Portkey config keys, so a config can be passed as it is:
 * `before_request_hooks` / `after_request_hooks` hold hook objects
 * (`{ type: 'guardrail', deny, checks: [{ id, parameters }] }`); `input_guardrails` /
 * `output_guardrails` hold Portkey's shorthand (`{ deny: true, 'default.regexMatch': { rule } }`: every
 * key that is not a hook field is a check id with its parameters) or ids of `named` hooks. Both forms
 * of one side run together.
 *
 * @throws TypeError naming the config path that is invalid, e.g. `input_guardrails[0]`.
 */
export function guardrailsFromHooks(
  keys: PortkeyHookKeys,
  options: GuardrailsFromHooksOptions = {},
): Middleware {
  if (typeof keys !== 'object' || keys === null)
    throw new TypeError('guardrailsFromHooks: keys must be an object');
  const prefix = options.path === undefined ? '' : `${options.path}.`;
  const custom = options.checks ?? {};
  const before = [
    ...hookList(keys.before_request_hooks, `${prefix}before_request_hooks`, custom),
    ...shorthandList(keys.input_guardrails, `${prefix}input_guardrails`, 'input', options.named, custom),
  ];
  const after = [
    ...hookList(keys.after_request_hooks, `${prefix}after_request_hooks`, custom),
    ...shorthandList(keys.output_guardrails, `${prefix}output_guardrails`, 'output', options.named, custom),
  ];
  const { named: _named, ...rest } = options;
  return guardrails({ ...rest, before, after, path: options.path ?? 'config' });
}

/** The hooks of a `*_request_hooks` key, checked here so errors name the config key. */
function hookList(
  value: unknown[] | undefined,
  path: string,
  custom: Readonly<Record<string, CheckFunction>>,
): GuardrailHook[] {
  if (value === undefined) return [];
  compileHooks(value, path, 'hook', custom);
  return value as GuardrailHook[];
}

function shorthandList(
  value: unknown[] | undefined,
  path: string,
  side: 'input' | 'output',
  named: Readonly<Record<string, GuardrailHook>> | undefined,
  custom: Readonly<Record<string, CheckFunction>>,
): GuardrailHook[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`${path} must be an array of guardrails`);
  return value.map((entry, index) => {
    const at = `${path}[${index}]`;
    if (typeof entry === 'string') {
      const hook = named?.[entry];
      if (!hook) {
        throw new TypeError(
          `${at}: "${entry}" names a guardrail kept on Portkey's platform; give it as an object, or pass it in options.named`,
        );
      }
      return hook;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new TypeError(`${at} must be a guardrail object or a guardrail id`);
    }
    const source = entry as Record<string, unknown>;
    const hook: Record<string, unknown> = { type: 'guardrail', id: `${side}_guardrail_${index}` };
    const checks: Array<{ id: string; parameters: Record<string, unknown>; is_enabled?: boolean }> = [];
    for (const [key, item] of Object.entries(source)) {
      if (shorthandHookKeys.includes(key)) {
        hook[key] = item;
        continue;
      }
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw new TypeError(`${at}.${key} must be the parameters object of check "${key}"`);
      }
      const { is_enabled, ...parameters } = item as Record<string, unknown>;
      const id = key.includes('.') ? key : `default.${key}`;
      const builtin = builtinChecks[id];
      if (!builtin && !custom[id])
        throw new TypeError(`${at}.${key} is not a known check or guardrail field`);
      builtin?.validate(parameters, `${at}.${key}`);
      const check: { id: string; parameters: Record<string, unknown>; is_enabled?: boolean } = {
        id: key,
        parameters,
      };
      if (is_enabled === false) check.is_enabled = false;
      checks.push(check);
    }
    hook.checks = checks;
    return hook as unknown as GuardrailHook;
  });
}
