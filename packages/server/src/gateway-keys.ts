import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '@switchyard/core';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * One gateway key and what its holder may do (`serve --keys keys.yaml`, or `keys` in code). The
 * key's `name` is its tenant: caches, limits, budgets, usage and records are kept per name.
 */
export interface GatewayKey {
  /** The tenant this key stands for (letters, digits, `.`, `_`, `-`; at most 64). */
  name: string;
  /** The key itself; or give `key_sha256` so the file need not hold the secret. */
  key?: string;
  /** The SHA-256 digest of the key, as 64 hex digits. */
  key_sha256?: string;
  /** Requested models this key may use. Default: any. */
  models?: string[];
  /** Config ids this key may use; a key with a list may not send configs or targets of its own. Default: any. */
  configs?: string[];
  /** Requests a minute. Default: no limit. */
  requests_per_minute?: number;
  /** Tokens (prompt and completion) a minute. Default: no limit. */
  tokens_per_minute?: number;
  /** Spend in USD per `budget_period`, priced from the catalog. Default: no budget. */
  budget_usd?: number;
  /** `'day'`, `'month'` or a number of seconds. Default: `'month'`. */
  budget_period?: 'day' | 'month' | number;
  /** Merged into every request's metadata (over the client's own). Default: none. */
  metadata?: Record<string, string>;
}

/** A gateway key as checked: its digest and its policy. */
export interface ResolvedGatewayKey extends Omit<GatewayKey, 'key' | 'key_sha256'> {
  digest: Buffer;
}

const tenantName = /^[A-Za-z0-9._-]{1,64}$/;

function schema() {
  const positive = z.number().positive();
  const entry = z
    .object({
      name: z.string().regex(tenantName, 'must be letters, digits, ".", "_" or "-" (at most 64)'),
      key: z.string().min(16, 'must be at least 16 characters').optional(),
      key_sha256: z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex digits')
        .optional(),
      models: z.array(z.string().min(1)).optional(),
      configs: z.array(z.string().min(1)).optional(),
      requests_per_minute: z.number().int().positive().optional(),
      tokens_per_minute: z.number().int().positive().optional(),
      budget_usd: positive.optional(),
      budget_period: z.union([z.enum(['day', 'month']), z.number().int().positive()]).optional(),
      metadata: z.record(z.string(), z.string()).optional(),
    })
    .strict()
    .refine((value) => (value.key === undefined) !== (value.key_sha256 === undefined), {
      message: 'needs exactly one of key and key_sha256',
    });
  return z.object({ keys: z.array(entry).min(1) }).strict();
}

/**
 * Checks gateway keys as a file gives them (`{ keys: [...] }`) or as code does (the array).
 *
 * @param where names the source in errors (a file path). Default: `'keys'`.
 * @throws ConfigError naming each mistake by its path (`keys[1].budget_period: ...`), and two keys
 *   with the same name or the same secret.
 */
export function resolveGatewayKeys(input: unknown, where = 'keys'): ResolvedGatewayKey[] {
  const result = schema().safeParse(Array.isArray(input) ? { keys: input } : input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const path = issue.path
          .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
          .join('');
        return `${where}: ${path.replace(/^\./, '') || '(root)'}: ${issue.message}`;
      }),
    );
  }
  const resolved: ResolvedGatewayKey[] = [];
  const problems: string[] = [];
  result.data.keys.forEach((entry, index) => {
    const { key, key_sha256, ...policy } = entry;
    const digest = key !== undefined ? sha256(key) : Buffer.from(key_sha256!, 'hex');
    if (resolved.some((other) => other.name === entry.name)) {
      problems.push(`${where}: keys[${index}].name: "${entry.name}" is used by another key`);
    }
    if (resolved.some((other) => timingSafeEqual(other.digest, digest))) {
      problems.push(`${where}: keys[${index}]: the same key as another entry`);
    }
    resolved.push({ ...policy, digest } as ResolvedGatewayKey);
  });
  if (problems.length > 0) throw new ConfigError(problems);
  return resolved;
}

/**
 * Reads a keys file, YAML (`.yaml`, `.yml`) or JSON (`{ keys: [...] }`), and checks it whole.
 *
 * @throws ConfigError naming the file and each mistake by its path.
 */
export function readGatewayKeysFile(path: string): GatewayKey[] {
  let parsed: unknown;
  const format = /\.ya?ml$/i.test(path) ? 'YAML' : 'JSON';
  try {
    const text = readFileSync(path, 'utf8');
    parsed = format === 'YAML' ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`${path}: cannot be read as ${format}: ${(error as Error).message}`]);
  }
  resolveGatewayKeys(parsed, path);
  return (parsed as { keys: GatewayKey[] }).keys;
}

/**
 * A check of gateway keys that takes the same time whichever key (or none) matches: the offered
 * key's SHA-256 digest is compared with `timingSafeEqual` against every key's. Answers the
 * matching key, or `undefined`.
 */
export function gatewayKeyChecker(
  keys: readonly ResolvedGatewayKey[],
): (candidate: string | undefined) => ResolvedGatewayKey | undefined {
  return (candidate) => {
    if (candidate === undefined || candidate === '') return undefined;
    const offered = sha256(candidate);
    let matched: ResolvedGatewayKey | undefined;
    for (const key of keys) {
      if (timingSafeEqual(offered, key.digest)) matched = key;
    }
    return matched;
  };
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Every key a gateway accepts: its `keys` (with policies) and its `apiKeys` (without; each its own
 * tenant, named from the key as before).
 *
 * @throws ConfigError for a mistake in `keys`.
 */
export function gatewayKeysOf(options: {
  keys?: readonly GatewayKey[] | undefined;
  apiKeys?: readonly string[] | undefined;
}): ResolvedGatewayKey[] {
  const withPolicies = options.keys === undefined ? [] : resolveGatewayKeys(options.keys);
  const plain = (options.apiKeys ?? []).map((key) => ({ name: tenantOfKey(key), digest: sha256(key) }));
  return [...withPolicies, ...plain];
}

/** True when the gateway checks keys: it has `keys` or `apiKeys`. */
export function isKeyed(options: {
  keys?: readonly unknown[] | undefined;
  apiKeys?: readonly string[] | undefined;
}): boolean {
  return (options.keys ?? []).length > 0 || (options.apiKeys ?? []).length > 0;
}

/**
 * The tenant a plain gateway key (`apiKeys`, `SWITCHYARD_API_KEYS`) stands for: an opaque id
 * derived from the key (its caches, records and limits are its own), which never reveals the key.
 */
export function tenantOfKey(key: string): string {
  return `key-${createHash('sha256').update(`switchyard-tenant\n${key}`).digest('base64url').slice(0, 22)}`;
}
