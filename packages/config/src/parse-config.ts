import { ConfigError } from '@switchyard/core';
import { maxJsonDepth, nestsDeeperThan } from '@switchyard/core/internal';
import { configSchemas } from './config-schema.js';
import type { ConfigNode } from './config-types.js';
import { type CustomHostPolicy, customHostProblem } from './custom-host.js';
import { formatIssues, formatPath } from './format-issues.js';

/**
 * Validates a Portkey config given as an object or JSON text and returns it in snake_case.
 *
 * @throws ConfigError listing every problem with its path, e.g.
 *   `targets[1].overide_params: unknown key — did you mean override_params?`.
 */
export function parseConfig(input: unknown, policy: CustomHostPolicy = {}): ConfigNode {
  let value = input;
  if (typeof input === 'string') {
    if (nestsDeeperThan(input, maxJsonDepth)) {
      throw new ConfigError([`config: nests deeper than ${maxJsonDepth} levels`]);
    }
    try {
      value = JSON.parse(input);
    } catch (error) {
      // Only where: V8's message quotes the text around the error, which may hold a client's key.
      const position = /at position (\d+)/.exec((error as Error).message)?.[1];
      throw new ConfigError([
        `config: is not valid JSON${position === undefined ? '' : ` (at position ${position})`}`,
      ]);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(['config: must be an object']);
  }
  // Text was measured before parsing; an object given in code is measured here.
  if (typeof input !== 'string' && depthOf(value) > maxJsonDepth) {
    throw new ConfigError([`config: nests deeper than ${maxJsonDepth} levels`]);
  }
  // An empty config (a client given only a provider) has nothing to check: no schema is built for it.
  if (Object.keys(value).length === 0) return {};
  const result = configSchemas().nodeSchema.safeParse(value);
  if (!result.success) throw new ConfigError(formatIssues(result.error.issues));
  const problems: string[] = [];
  checkNode(result.data, [], problems, policy);
  if (problems.length > 0) throw new ConfigError(problems);
  return result.data;
}

function checkNode(
  node: ConfigNode,
  path: PropertyKey[],
  problems: string[],
  policy: CustomHostPolicy,
): void {
  const at = (...rest: PropertyKey[]) => formatPath([...path, ...rest]);
  if (node.targets && !node.strategy)
    problems.push(`${at('targets')}: needs strategy.mode to say how to use them`);
  if (node.strategy && !node.targets) problems.push(`${at('strategy')}: needs targets to route between`);
  // Both name the host a request goes to, so both pass the same check.
  for (const key of ['custom_host', 'azure_foundry_url'] as const) {
    const host = node[key];
    if (host === undefined) continue;
    const problem = customHostProblem(host, policy);
    if (problem) problems.push(`${at(key)}: ${problem}`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (typeof value !== 'string') continue;
    // Settings end up in request headers and URLs, where a line break would split them.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we refuse
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      problems.push(`${at(key)}: must not contain control characters (line breaks, tabs)`);
    } else if (headerSettings.has(key) && /[^\u0020-\u00ff]/.test(value)) {
      problems.push(`${at(key)}: must be Latin-1 text, as it is sent in a request header`);
    }
  }
  if (node.strategy && node.targets) {
    const mode = node.strategy.mode;
    if (mode === 'loadbalance' && node.targets.every((target) => target.weight === 0)) {
      problems.push(`${at('targets')}: every weight is 0, so no target could be chosen`);
    }
    if (mode === 'conditional') checkConditional(node, at, problems);
    else if (node.strategy.conditions || node.strategy.default) {
      problems.push(`${at('strategy')}: conditions and default need mode "conditional"`);
    }
  }
  node.targets?.forEach((target, index) => {
    checkNode(target, [...path, 'targets', index], problems, policy);
  });
}

/** Settings sent as request header values, which hold Latin-1 text only. */
const headerSettings = new Set([
  'api_key',
  'virtual_key',
  'openai_organization',
  'openai_project',
  'anthropic_version',
  'anthropic_beta',
  'azure_ad_token',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
]);

function checkConditional(
  node: ConfigNode,
  at: (...rest: PropertyKey[]) => string,
  problems: string[],
): void {
  const strategy = node.strategy!;
  const names = new Map<string, number>();
  node.targets!.forEach((target, index) => {
    if (target.name === undefined) return;
    if (names.has(target.name)) {
      problems.push(
        `${at('targets', index, 'name')}: "${target.name}" is already used by targets[${names.get(target.name)}]`,
      );
    }
    names.set(target.name, index);
  });
  if (!strategy.conditions || strategy.conditions.length === 0) {
    problems.push(`${at('strategy', 'conditions')}: mode "conditional" needs at least one condition`);
  }
  strategy.conditions?.forEach((condition, index) => {
    if (!names.has(condition.then)) {
      problems.push(`${at('strategy', 'conditions', index, 'then')}: no target is named "${condition.then}"`);
    }
  });
  if (strategy.default !== undefined && !names.has(strategy.default)) {
    problems.push(`${at('strategy', 'default')}: no target is named "${strategy.default}"`);
  }
}

/** How deeply `value` nests objects and arrays, counted without recursion (a config may be hostile). */
function depthOf(value: object): number {
  let deepest = 0;
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxJsonDepth) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}
