// The generator of the gateway fuzz test (fuzz.test.ts): one request per (seed, index), built from
// its own seeded PRNG so any case can be replayed alone. A case starts from something valid (a
// Portkey config from packages/config's tests and README, a chat or embeddings body, a header
// family) and is then mutated: wrong types, unknown and prototype keys, deep nesting, huge arrays,
// CR/LF and control characters, unicode, long strings, numbers out of range, broken JSON.
//
// Hosts are never made up: every URL a case names comes from `hostCatalog`, so the test knows which
// requests target an upstream that fails on purpose, and no case can name a host that needs DNS or
// lies beyond loopback (the only public names the gateway may derive itself, from a provider's
// defaults, are answered by the test's guard transport without any connection).
import { seededRandom } from '@switchyard/testing';

/** The servers and credentials a case may name. */
export interface FuzzWorld {
  /** The recording attacker server: `http://127.0.0.1:<port>/v1`. */
  attackerPort: number;
  /** The operator's mock OpenAI provider (reachable; a client may name it with its own key). */
  providerPort: number;
  /** A loopback port nothing listens on. */
  deadPort: number;
  /** A loopback server that accepts requests and never answers. */
  hangPort: number;
  /** The gateway keys: [tenant A, tenant B]. */
  gatewayKeys: readonly string[];
  /** Virtual-key names in the vault. */
  virtualKeys: readonly string[];
  /** Config ids in the registry. */
  configIds: readonly string[];
  /** An `env:NAME` reference whose variable holds a server secret. */
  envReference: string;
}

/** Which gateway a case is sent to (see fuzz.test.ts). */
export type GatewayName = 'keyed' | 'hosts' | 'open';

/**
 * What a `custom_host` URL leads to:
 * - `reachable`: a loopback server that answers (the attacker, or the operator's mock with the client's key);
 * - `unreachable`: loopback with nothing listening, or TLS to a plain server;
 * - `hanging`: a loopback server that accepts and never answers (rare: each costs the gateway's deadline);
 * - `refused`: private, link-local, metadata, unspecified or multicast, however spelled, or a name;
 * - `invalid`: not an absolute http(s) URL without credentials.
 */
export type HostKind = 'reachable' | 'unreachable' | 'hanging' | 'refused' | 'invalid';

/** Kinds of host whose requests may fairly end in a 502 or 504. */
export const failingKinds: readonly HostKind[] = ['unreachable', 'hanging', 'refused'];

export interface CatalogHost {
  kind: HostKind;
  url: string;
}

/** One request. */
export interface FuzzCase {
  seed: number;
  index: number;
  gateway: GatewayName;
  method: string;
  /** Path and query, as sent on the request line. */
  path: string;
  /** Header lines in order; names may repeat. Values hold only bytes Node's HTTP client accepts. */
  headers: [string, string][];
  /** The body, or `undefined` for none. */
  body: Buffer | undefined;
  /** Sent with `transfer-encoding: chunked` in several pieces instead of a `content-length`. */
  chunked: boolean;
  /** Every catalog URL the case names (headers or body), with its kind. */
  hosts: CatalogHost[];
  /** What the generator did, for reports. */
  notes: string[];
}

/** A JSON value written as is, for what `JSON.stringify` cannot make (1e400, 20,000-deep nesting). */
export class RawJson {
  constructor(readonly text: string) {}
}

type Json = null | boolean | number | string | RawJson | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Serializes `value`; own `__proto__` keys are written as keys. */
export function toJson(value: Json): string {
  if (value instanceof RawJson) return value.text;
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  return `{${Object.keys(value)
    .map((key) => `${JSON.stringify(key)}:${toJson(value[key]!)}`)
    .join(',')}}`;
}

/** Sets `key` as an own enumerable property, `__proto__` included. */
function setKey(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A PRNG with the helpers the generator needs. */
class Dice {
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = seededRandom(seed);
  }
  float(): number {
    return this.random();
  }
  int(below: number): number {
    return Math.floor(this.random() * below);
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  /** Picks by weight: `[[weight, value], ...]`. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.random() * total;
    for (const [weight, value] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return items[items.length - 1]![1];
  }
}

/** The seed of case `index` of a run seeded `seed`. */
export function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
}

// ---------------------------------------------------------------------------------------------
// Hosts

/** Every `custom_host` (and Azure foundry URL) a case may name. No entry needs DNS beyond `localhost`. */
export function hostCatalog(world: FuzzWorld): CatalogHost[] {
  const a = world.attackerPort;
  const reachable = [
    `http://127.0.0.1:${a}/v1`,
    `http://127.0.0.1:${a}/v1/`,
    `http://127.0.0.1:${a}`,
    `http://localhost:${a}/v1`,
    `http://LOCALHOST:${a}/v1`,
    `http://127.0.0.1:${a}/v1?x=1#frag`,
    `http://127.0.0.1:${a}\\@10.0.0.1/v1`,
    `http://127.0.0.1:${world.providerPort}/v1`,
  ];
  const unreachable = [
    `http://127.0.0.1:${world.deadPort}/v1`,
    `http://localhost:${world.deadPort}/v1`,
    `http://[::1]:${world.deadPort}/v1`,
    `http://127.0.0.2:${world.deadPort}/v1`,
    `http://127.1:${world.deadPort}/v1`,
    `http://2130706433:${world.deadPort}/v1`,
    `http://0x7f.0.0.1:${world.deadPort}/v1`,
    // Not `[::ffff:127.0.0.1]`: the safety net (loopback-only.ts) does not know Node's spelling of it
    // as a peer address, ::ffff:7f00:1, and would count the connection as one beyond loopback.
    `https://127.0.0.1:${a}/v1`,
    `http://127.0.0.1:1/v1`,
  ];
  const refused = [
    'http://169.254.169.254/latest/meta-data',
    'http://169.254.169.254./v1',
    'http://[::ffff:169.254.169.254]/v1',
    'http://[::ffff:a9fe:a9fe]/v1',
    'http://[0:0:0:0:0:ffff:a9fe:a9fe]/v1',
    'http://[64:ff9b::a9fe:a9fe]/v1',
    'http://[64:ff9b::169.254.169.254]/v1',
    'http://[::a9fe:a9fe]/v1',
    'http://[::169.254.169.254]/v1',
    'http://[2002:a9fe:a9fe::]/v1',
    'http://[2002:0a00:0001::1]/v1',
    'http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/v1',
    'http://[fd00:ec2::254]/v1',
    'http://[fc00::1]/v1',
    'http://[fe80::1]/v1',
    'http://[::]/v1',
    `http://[::]:${a}/v1`,
    'http://[ff02::1]/v1',
    'http://10.0.0.1/v1',
    'http://10.255.255.53/v1',
    'http://172.16.0.1/v1',
    'http://172.31.255.255/v1',
    'http://192.168.1.1/v1',
    'http://100.64.0.1/v1',
    'http://100.127.255.254/v1',
    `http://0.0.0.0:${a}/v1`,
    `http://0:${a}/v1`,
    'http://0x0a000001/v1',
    'http://0xa9fea9fe/v1',
    'http://2852039166/v1',
    'http://0251.0376.0251.0376/v1',
    'http://169.254.0x1.1/v1',
    'http://224.0.0.1/v1',
    'http://255.255.255.255/v1',
    'http://metadata.google.internal/computeMetadata/v1',
    'http://metadata/v1',
    'http://instance-data/v1',
    'http://METADATA.GOOGLE.INTERNAL/v1',
    'http://internal-service/v1',
    'http://169.254.169.254.nip.io/v1',
    `http://localhost.:${a}/v1`,
    `http://${'a'.repeat(70)}.example/v1`,
  ];
  const invalid = [
    '',
    ' ',
    'not a url',
    'ftp://127.0.0.1/v1',
    'file:///etc/passwd',
    'gopher://127.0.0.1:6379/_INFO',
    'javascript:alert(1)',
    'data:text/plain,hi',
    `http://user:pass@127.0.0.1:${a}/v1`,
    `http://:pass@127.0.0.1:${a}/v1`,
    `http://127.0.0.1:${a}/v1\r\nx-injected: 1`,
    `http://127.0.0.1:${a}/v1\u0000`,
    `http://127.0.0.1:${a}/v1 x`,
    'http://[::1',
    'http://',
    `//127.0.0.1:${a}/v1`,
    `127.0.0.1:${a}`,
    'http://127.0.0.1:99999/v1',
    'http://127.0.0.1:-1/v1',
    'x'.repeat(3000),
  ];
  return [
    ...reachable.map((url) => ({ kind: 'reachable' as const, url })),
    ...unreachable.map((url) => ({ kind: 'unreachable' as const, url })),
    { kind: 'hanging' as const, url: `http://127.0.0.1:${world.hangPort}/v1` },
    ...refused.map((url) => ({ kind: 'refused' as const, url })),
    ...invalid.map((url) => ({ kind: 'invalid' as const, url })),
  ];
}

// ---------------------------------------------------------------------------------------------
// Strings, numbers, values

const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'isPrototypeOf',
];

const oddStrings = [
  '',
  ' ',
  '\t',
  '\r\n',
  'a\r\nb',
  'a\r\nx-injected: 1',
  'a\nb',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31mred',
  '\u007f',
  '\u0085',
  '\u2028\u2029',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e999',
  '0x1F',
  '1_000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"a":',
  '%00',
  '%0d%0a',
  '../../etc/passwd',
  '..\\..\\windows',
  '\u202egnp.exe',
  '\ufeffbom',
  'é',
  'e\u0301',
  'İstanbul',
  'ǅ',
  'ＯＰＥＮＡＩ',
  '😀🚀',
  '\ud800',
  '\udfff\ud800',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{{7*7}}',
  '$' + '{process.env.HOME}',
  'env:HOME',
  'env:PATH',
  'Bearer ',
  'OpenAI',
  'openai ',
  ' openai',
  'open\u0000ai',
  ...prototypeNames,
];

const oddNumbers: Json[] = [
  0,
  -1,
  1,
  -0,
  0.5,
  -0.5,
  1.5,
  99,
  100,
  429,
  599,
  600,
  65_536,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  2 ** 53 + 2,
  1e308,
  -1e308,
  5e-324,
  1e21,
  new RawJson('1e400'),
  new RawJson('-1e400'),
  new RawJson('1.0'),
  new RawJson('1E2'),
  new RawJson('-0.0'),
  new RawJson('123456789012345678901234567890'),
  new RawJson('0.000000000000000000000000001'),
];

const words = ['hello', 'world', 'gpt', 'secret', 'banana', 'capital', 'France', 'weather', 'a', 'the'];

function randomString(dice: Dice): string {
  switch (dice.int(7)) {
    case 0:
      return dice.pick(oddStrings);
    case 1:
      return dice.pick(oddStrings) + dice.pick(words) + dice.pick(oddStrings);
    case 2: {
      const unit = dice.pick(['a', 'é', '😀', '\u0000', '\r\n', 'ab c', '\\', '"']);
      return unit.repeat(dice.pick([100, 1000, 4000]));
    }
    case 3: {
      let text = '';
      const length = dice.int(40);
      for (let i = 0; i < length; i++)
        text += String.fromCharCode(dice.int(dice.chance(0.5) ? 0x80 : 0xffff));
      return text;
    }
    default:
      return Array.from({ length: 1 + dice.int(6) }, () => dice.pick(words)).join(' ');
  }
}

function randomNumber(dice: Dice): Json {
  return dice.chance(0.7) ? dice.pick(oddNumbers) : dice.int(1000) - 100;
}

/** A value of a random type, `depth` levels at most. */
function randomValue(dice: Dice, depth = 2): Json {
  switch (dice.int(depth > 0 ? 8 : 5)) {
    case 0:
      return null;
    case 1:
      return dice.chance(0.5);
    case 2:
      return randomNumber(dice);
    case 3:
    case 4:
      return randomString(dice);
    case 5:
      return Array.from({ length: dice.int(4) }, () => randomValue(dice, depth - 1));
    default: {
      const object: JsonObject = {};
      const count = dice.int(4);
      for (let i = 0; i < count; i++) {
        setKey(
          object,
          dice.chance(0.3) ? dice.pick(prototypeNames) : dice.pick(words),
          randomValue(dice, depth - 1),
        );
      }
      return object;
    }
  }
}

/** `inner` nested `depth` levels deep in arrays or objects, as raw text (no recursion). */
function deeplyNested(dice: Dice, depth: number, inner = '1'): RawJson {
  const style = dice.int(3);
  if (style === 0) return new RawJson('['.repeat(depth) + inner + ']'.repeat(depth));
  if (style === 1) return new RawJson('{"a":'.repeat(depth) + inner + '}'.repeat(depth));
  return new RawJson('[{"a":'.repeat(Math.ceil(depth / 2)) + inner + '}]'.repeat(Math.ceil(depth / 2)));
}

// ---------------------------------------------------------------------------------------------
// Structural mutation

interface Slot {
  parent: JsonObject | Json[];
  key: string | number;
}

/** Every place in `root` a value sits, breadth first, at most `limit`. */
function slots(root: Json, limit = 400): Slot[] {
  const found: Slot[] = [];
  const queue: Json[] = [root];
  while (queue.length > 0 && found.length < limit) {
    const value = queue.shift()!;
    if (value === null || typeof value !== 'object' || value instanceof RawJson) continue;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        found.push({ parent: value, key: index });
        queue.push(item);
      });
    } else {
      for (const key of Object.keys(value)) {
        found.push({ parent: value, key });
        queue.push(value[key]!);
      }
    }
  }
  return found;
}

function containers(root: Json): (JsonObject | Json[])[] {
  const found: (JsonObject | Json[])[] = [];
  if (root !== null && typeof root === 'object' && !(root instanceof RawJson)) found.push(root);
  for (const slot of slots(root)) {
    const value = (slot.parent as Record<string | number, Json>)[slot.key];
    if (value !== null && typeof value === 'object' && !(value instanceof RawJson)) found.push(value);
  }
  return found;
}

function put(slot: Slot, value: Json): void {
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else setKey(slot.parent, slot.key as string, value);
}

/**
 * Applies one random mutation to `root` in place (or returns a replacement root). `keys` are names
 * that mean something here (config or body keys), added as well as unknown ones; `maxNesting`
 * bounds deep nesting so the result fits where it goes (a header, a body).
 */
function mutate(dice: Dice, root: Json, keys: readonly string[], maxNesting: number, notes: string[]): Json {
  const places = slots(root);
  const kind = dice.int(10);
  if (places.length === 0 || kind === 9) {
    notes.push('root replaced');
    return dice.chance(0.5) ? randomValue(dice) : deeplyNested(dice, dice.pick([10, 129, maxNesting]));
  }
  const slot = dice.pick(places);
  switch (kind) {
    case 0:
    case 1:
      notes.push(`${String(slot.key)}: wrong type`);
      put(slot, randomValue(dice));
      return root;
    case 2:
      notes.push(`${String(slot.key)}: removed`);
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
      return root;
    case 3: {
      const target = dice.pick(containers(root));
      const key = dice.weighted([
        [3, dice.pick(keys)],
        [2, dice.pick(prototypeNames)],
        [1, randomString(dice).slice(0, 40)],
        [1, dice.pick(keys).replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase())],
      ]);
      notes.push(`${key}: added`);
      if (Array.isArray(target)) target.push(randomValue(dice));
      else setKey(target, key, randomValue(dice));
      return root;
    }
    case 4: {
      const depth = dice.pick([5, 64, 128, 129, 200, maxNesting]);
      notes.push(`${String(slot.key)}: nested ${depth} deep`);
      put(slot, deeplyNested(dice, depth, toJson((slot.parent as Record<string | number, Json>)[slot.key]!)));
      return root;
    }
    case 5: {
      const item = toJson(dice.chance(0.5) ? 1 : (slot.parent as Record<string | number, Json>)[slot.key]!);
      // Huge, but not beyond what a request may carry: 3,000 copies of a 40 KB value would only slow the test.
      const length = Math.min(dice.pick([100, 1000, 3000]), Math.ceil(100_000 / (item.length + 1)));
      notes.push(`${String(slot.key)}: array of ${length}`);
      put(slot, new RawJson(`[${Array(length).fill(item).join(',')}]`));
      return root;
    }
    case 6:
      notes.push(`${String(slot.key)}: odd string`);
      put(slot, randomString(dice));
      return root;
    case 7:
      notes.push(`${String(slot.key)}: odd number`);
      put(slot, randomNumber(dice));
      return root;
    default: {
      const value = (slot.parent as Record<string | number, Json>)[slot.key]!;
      notes.push(`${String(slot.key)}: duplicated`);
      if (Array.isArray(slot.parent)) slot.parent.push(value);
      else put(slot, [value, value]);
      return root;
    }
  }
}

/** Text-level damage to JSON: truncation, stray bytes, duplicate keys, not JSON at all. */
function damageText(dice: Dice, text: string, notes: string[]): string {
  const kind = dice.int(8);
  notes.push(`text damaged (${kind})`);
  switch (kind) {
    case 0:
      return text.slice(0, dice.int(text.length));
    case 1: {
      const at = dice.int(text.length + 1);
      return (
        text.slice(0, at) +
        dice.pick(['{', '}', '"', ',', ':', '\\', '\u0000', ']', 'NaN', '\n']) +
        text.slice(at)
      );
    }
    case 2:
      return text.startsWith('{') ? `{"model":"x","model":1,${text.slice(1)}` : text + text;
    case 3:
      return dice.pick([
        '',
        'null',
        '[]',
        '"text"',
        '123',
        'nul',
        '{',
        '}',
        '{}',
        'true',
        ' ',
        '\u0000',
        '{"a":1}{"b":2}',
      ]);
    case 4:
      return `\ufeff${text}`;
    case 5:
      return `${text}${dice.pick([' garbage', ',', '}', '\u0000', '\n\n{"x":1}'])}`;
    case 6:
      return text.replace(/"/g, "'");
    default:
      return `/* comment */${text}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Configs

const configKeys = [
  'strategy',
  'targets',
  'name',
  'weight',
  'on_status_codes',
  'provider',
  'api_key',
  'virtual_key',
  'custom_host',
  'override_params',
  'forward_headers',
  'request_timeout',
  'retry',
  'cache',
  'before_request_hooks',
  'after_request_hooks',
  'input_guardrails',
  'output_guardrails',
  'strict_open_ai_compliance',
  'openai_organization',
  'openai_project',
  'anthropic_version',
  'anthropic_beta',
  'resource_name',
  'deployment_id',
  'api_version',
  'azure_ad_token',
  'azure_model_name',
  'azure_endpoint_name',
  'azure_foundry_url',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'aws_region',
  'vertex_project_id',
  'vertex_region',
  'vertex_service_account_json',
  'mode',
  'attempts',
  'max_age',
  'conditions',
  'query',
  'then',
  'default',
  'use_retry_after_header',
];

const providers = [
  'openai',
  'anthropic',
  'azure-openai',
  'azure-ai',
  'bedrock',
  'google',
  'vertex-ai',
  'groq',
  'together-ai',
  'mistral-ai',
  'ollama',
  'vllm',
  'my-local-llm',
];

/** The default hosts of the local-model presets among `providers`. */
const localPresetHosts: Readonly<Record<string, string>> = {
  ollama: 'http://localhost:11434/v1',
  vllm: 'http://localhost:8000/v1',
};

/** Where a config or header sends a request: a catalog host, remembered in the case. */
class HostPicker {
  constructor(
    private readonly dice: Dice,
    private readonly catalog: CatalogHost[],
    private readonly chosen: CatalogHost[],
  ) {}
  pick(kinds?: readonly HostKind[]): string {
    const pool = kinds ? this.catalog.filter((host) => kinds.includes(host.kind)) : this.catalog;
    const host = this.dice.pick(pool);
    this.chosen.push(host);
    return host.url;
  }
  /**
   * `provider` as named, remembering the host a local-model preset (`ollama`, `vllm`) sends to by
   * default: a loopback port nothing listens on here, so its requests may fairly fail.
   */
  provider(provider: string): string {
    const host = localPresetHosts[provider];
    if (host !== undefined) this.chosen.push({ kind: 'unreachable', url: host });
    return provider;
  }
  /** Mostly reachable and failing hosts; refused and invalid ones too. */
  any(): string {
    return this.pick(
      this.dice.weighted<readonly HostKind[]>([
        [5, ['reachable']],
        [2, ['unreachable']],
        [0.05, ['hanging']],
        [3, ['refused']],
        [2, ['invalid']],
      ]),
    );
  }
}

function guardrailHook(dice: Dice): Json {
  return dice.pick<Json>([
    {
      type: 'guardrail',
      deny: true,
      checks: [{ id: 'default.regexMatch', parameters: { rule: 'secret', not: true } }],
    },
    { deny: true, 'default.contains': { words: ['banana'], operator: 'none' } },
    { type: 'guardrail', checks: [{ id: 'default.wordCount', parameters: { minWords: 1, maxWords: 50 } }] },
    { type: 'guardrail', deny: dice.chance(0.5), checks: [{ id: 'default.jsonSchema', parameters: {} }] },
    { type: 'mutator', checks: [{ id: 'unknown.check' }] },
  ]);
}

/** A valid Portkey config of a random shape (from the config package's tests and README). */
function baseConfig(dice: Dice, world: FuzzWorld, hosts: HostPicker, clientKey: string): JsonObject {
  const vk = () => dice.pick(world.virtualKeys);
  const own = (): JsonObject => ({ provider: 'openai', api_key: clientKey, custom_host: hosts.any() });
  const leaf = (): JsonObject =>
    dice.weighted<() => JsonObject>([
      [4, () => ({ virtual_key: vk() })],
      [3, own],
      [1, () => ({ provider: hosts.provider(dice.pick(providers)), api_key: clientKey })],
      [1, () => ({ provider: 'anthropic', api_key: clientKey, custom_host: hosts.any() })],
      [1, () => ({ provider: 'openai', api_key: world.envReference, custom_host: hosts.any() })],
      [1, () => ({ virtual_key: vk(), custom_host: hosts.any() })],
      [
        1,
        () => ({
          virtual_key: vk(),
          [dice.pick(['provider', 'resource_name', 'aws_region', 'azure_foundry_url', 'vertex_region'])]:
            dice.chance(0.5) ? hosts.any() : dice.pick(providers),
        }),
      ],
      [
        1,
        () => ({
          provider: 'azure-ai',
          api_key: clientKey,
          azure_foundry_url: hosts.any(),
        }),
      ],
      [
        1,
        () => ({
          provider: 'azure-openai',
          api_key: clientKey,
          resource_name: dice.pick(['fuzzres', 'evil.example#', '127.0.0.1', 'a/b']),
          deployment_id: dice.pick(['gpt-4o', '../../x', '%2e%2e']),
          api_version: '2024-02-01',
        }),
      ],
    ])();
  const withExtras = (node: JsonObject): JsonObject => {
    if (dice.chance(0.3))
      node.override_params = { model: dice.pick(['gpt-4o', 'gpt-4o-mini']), temperature: 0 };
    if (dice.chance(0.2)) node.retry = { attempts: dice.int(3), on_status_codes: [429, 500, 503] };
    if (dice.chance(0.2)) node.cache = { mode: dice.pick(['simple', 'semantic']), max_age: 60 };
    if (dice.chance(0.15)) node.request_timeout = dice.pick([50, 1000, 2000]);
    if (dice.chance(0.1)) node.forward_headers = ['x-tenant-region'];
    if (dice.chance(0.1)) node.before_request_hooks = [guardrailHook(dice)];
    if (dice.chance(0.1)) node.output_guardrails = [guardrailHook(dice)];
    return node;
  };
  switch (dice.int(8)) {
    case 0:
    case 1:
      return withExtras(leaf());
    case 2:
      return withExtras({
        strategy: {
          mode: 'fallback',
          ...(dice.chance(0.5) ? { on_status_codes: [429, 500, 502, 503] } : {}),
        },
        targets: [withExtras(leaf()), withExtras(leaf())],
      });
    case 3:
      return withExtras({
        strategy: { mode: 'loadbalance' },
        targets: [
          { ...leaf(), weight: 0.7 },
          { ...leaf(), weight: 0.3 },
        ],
      });
    case 4:
      return {
        strategy: {
          mode: 'conditional',
          conditions: [
            { query: { 'metadata.plan': 'pro' }, then: 'fast' },
            {
              query: { 'params.model': { $regex: dice.pick(['^gpt', '(a+)+$', '^claude']) } },
              then: 'cheap',
            },
            {
              query: {
                $or: [{ 'params.max_tokens': { $gt: 100 } }, { 'url.pathname': { $regex: 'embeddings$' } }],
              },
              then: 'fast',
            },
          ],
          default: 'cheap',
        },
        targets: [
          { name: 'fast', ...leaf() },
          { name: 'cheap', ...leaf() },
        ],
      };
    case 5:
      return {
        retry: { attempts: 1, on_status_codes: [429], use_retry_after_header: true },
        custom_host: hosts.any(),
        strategy: { mode: 'fallback' },
        targets: [
          {
            strategy: { mode: 'loadbalance' },
            targets: [withExtras(leaf()), withExtras(leaf())],
          },
          withExtras(leaf()),
        ],
      };
    case 6:
      return withExtras({ strategy: { mode: 'single' }, targets: [withExtras(leaf())] });
    default:
      return {
        cache: { mode: 'simple', max_age: 3600 },
        override_params: { temperature: 0, model: 'gpt-4o' },
        strategy: { mode: 'fallback' },
        targets: [
          {
            ...leaf(),
            override_params: { model: 'gpt-4o' },
            retry: { attempts: 2, on_status_codes: [429, 500] },
          },
          { ...leaf(), override_params: { model: 'claude-3-5-sonnet-20241022' } },
        ],
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Bodies

function message(dice: Dice): JsonObject {
  return dice.weighted<() => JsonObject>([
    [
      6,
      () => ({
        role: 'user',
        content: Array.from({ length: 1 + dice.int(5) }, () => dice.pick(words)).join(' '),
      }),
    ],
    [1, () => ({ role: 'system', content: 'You are terse.' })],
    [
      1,
      () => ({
        role: 'user',
        content: [
          { type: 'text', text: 'What is in this image?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
        ] as Json[],
      }),
    ],
    [
      1,
      () => ({
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_1',
            type: 'function',
            function: { name: 'get_weather', arguments: '{"city":"Paris"}' },
          },
        ],
      }),
    ],
    [1, () => ({ role: 'tool', tool_call_id: 'call_1', content: '{"temperature":21}' })],
  ])();
}

function chatBody(dice: Dice): JsonObject {
  const body: JsonObject = {
    model: dice.pick(['gpt-4o-mini', 'gpt-4o', 'claude-3-5-sonnet-20241022', 'aaaaaaaaaaaaaaaaaaaa!']),
    messages: [
      ...(dice.chance(0.3) ? [message(dice)] : []),
      message(dice),
      { role: 'user', content: 'Hi there' },
    ],
  };
  if (dice.chance(0.3)) body.stream = true;
  if (dice.chance(0.1)) body.stream_options = { include_usage: true };
  if (dice.chance(0.3)) body.temperature = dice.pick([0, 0.7, 1]);
  if (dice.chance(0.3)) body.max_tokens = dice.pick([16, 256, 1000]);
  if (dice.chance(0.1)) body.response_format = { type: 'json_object' };
  if (dice.chance(0.1)) body.n = 1;
  if (dice.chance(0.1)) body.user = 'user-1';
  if (dice.chance(0.1)) body.stop = ['\n\n'];
  if (dice.chance(0.15)) {
    body.tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather in a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ];
    body.tool_choice = dice.pick<Json>([
      'auto',
      'none',
      { type: 'function', function: { name: 'get_weather' } },
    ]);
  }
  return body;
}

function embeddingsBody(dice: Dice): JsonObject {
  return {
    model: 'text-embedding-3-small',
    input: dice.pick<Json>(['hello world', ['a', 'b c'], [1, 2, 3], [[1, 2], [3]]]),
    ...(dice.chance(0.2) ? { encoding_format: dice.pick(['float', 'base64']) } : {}),
    ...(dice.chance(0.2) ? { dimensions: dice.pick([8, 64, 256]) } : {}),
  };
}

const bodyKeys = [
  'model',
  'messages',
  'role',
  'content',
  'stream',
  'stream_options',
  'temperature',
  'max_tokens',
  'tools',
  'tool_choice',
  'response_format',
  'n',
  'input',
  'encoding_format',
  'user',
  'stop',
  'metadata',
  'seed',
  'logprobs',
  'top_p',
  'functions',
];

/**
 * Values the operator's mock must not be handed: it is a test double, and a vector of a billion
 * dimensions would take the test process down rather than tell anything about the gateway.
 */
function keepMockAlive(body: Json): void {
  if (body === null || typeof body !== 'object' || Array.isArray(body) || body instanceof RawJson) return;
  const dimensions = body.dimensions;
  if (typeof dimensions === 'number' && (dimensions > 4096 || !Number.isFinite(dimensions)))
    body.dimensions = 4096;
  if (dimensions instanceof RawJson) body.dimensions = -1;
}

// ---------------------------------------------------------------------------------------------
// Headers

/** A header value as bytes Node's HTTP client sends: UTF-8 as latin1, no CR/LF/NUL or other controls. */
export function headerSafe(value: string): string {
  const bytes = Buffer.from(value, 'utf8').toString('latin1');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we replace
  return bytes.replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '?');
}

/** JSON text for a header: non-ASCII sent as UTF-8 bytes (see `headerSafe`), or written as \u escapes. */
function jsonHeader(dice: Dice, text: string): string {
  if (dice.chance(0.5)) return text;
  return text.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const maxHeaderJson = 11_000;

const forwardable = [
  'x-tenant-region',
  'authorization',
  'cookie',
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'x-portkey-api-key',
  'x-switchyard-config',
  'x-forwarded-for',
  'anthropic-version',
  'openai-organization',
  '__proto__',
  'constructor',
  'bad header',
  '',
];

// ---------------------------------------------------------------------------------------------
// Routes

const otherRoutes: [string, string][] = [
  ['GET', '/v1/chat/completions'],
  ['PUT', '/v1/chat/completions'],
  ['DELETE', '/v1/embeddings'],
  ['PATCH', '/v1/models'],
  ['OPTIONS', '/v1/chat/completions'],
  ['HEAD', '/v1/models'],
  ['HEAD', '/v1/chat/completions'],
  ['POST', '/v1/models'],
  ['POST', '/v1/completions'],
  ['POST', '/v1/images/generations'],
  ['POST', '/v1/audio/speech'],
  ['POST', '/v1/audio/transcriptions'],
  ['POST', '/v1/responses'],
  ['POST', '/v1/messages'],
  ['GET', '/health'],
  ['POST', '/health'],
  ['GET', '/'],
  ['GET', '/ui'],
  ['POST', '/v1/chat/completions/'],
  ['POST', '/V1/chat/completions'],
  ['POST', '//v1/chat/completions'],
  ['POST', '/v1/./chat/completions'],
  ['POST', '/v1/../v1/chat/completions'],
  ['POST', '/v1/chat/completions?x=%zz&y=%00&__proto__[a]=1'],
  ['POST', '/v1/chat/completions;a=b'],
  ['POST', '/v1/chat%2Fcompletions'],
  ['POST', '/v1/chat/completions%00'],
  ['GET', '/v1/models/gpt-4o-mini'],
  ['GET', '/v1/models/%2e%2e%2fhealth'],
  ['GET', '/v1/models?limit=-1'],
  ['POST', '/v1/__proto__'],
  ['GET', '/v1/constructor'],
  ['POST', `/v1/embeddings?${'a'.repeat(3000)}`],
  ['GET', '/%00'],
  ['GET', '/..%2f..%2fetc/passwd'],
  ['TRACE', '/v1/chat/completions'],
  ['POST', '/v2/chat/completions'],
];

// ---------------------------------------------------------------------------------------------
// The case

/** Builds case `index` of the run seeded `seed`. */
export function generateCase(seed: number, index: number, world: FuzzWorld): FuzzCase {
  const dice = new Dice(caseSeed(seed, index));
  const notes: string[] = [];
  const chosenHosts: CatalogHost[] = [];
  const catalog = hostCatalog(world);
  const hosts = new HostPicker(dice, catalog, chosenHosts);
  const headers: [string, string][] = [];
  const gateway = dice.weighted<GatewayName>([
    [4, 'keyed'],
    [4, 'hosts'],
    [2, 'open'],
  ]);
  const keyed = gateway !== 'open';
  const clientKey = `sk-client-${dice.int(1000)}`;
  /** `x-portkey-` mostly, `x-switchyard-` sometimes, odd capitals now and then. */
  const family = (suffix: string) => {
    const name = `${dice.chance(0.75) ? 'x-portkey-' : 'x-switchyard-'}${suffix}`;
    return dice.chance(0.05) ? name.toUpperCase() : name;
  };
  const add = (name: string, value: string) => headers.push([name, headerSafe(value)]);

  // Route.
  const [method, path] = dice.weighted<readonly [string, string]>([
    [55, ['POST', '/v1/chat/completions']],
    [12, ['POST', '/v1/embeddings']],
    [8, ['GET', '/v1/models']],
    [15, dice.pick(otherRoutes)],
  ]);

  // The gateway key.
  let authorizationUsed = false;
  if (keyed) {
    const key = dice.pick(world.gatewayKeys);
    const how = dice.weighted([
      [6, 'portkey'],
      [1, 'switchyard'],
      [2, 'bearer'],
      [1, 'missing'],
      [1, 'wrong'],
    ] as const);
    notes.push(`gateway key: ${how}`);
    if (how === 'portkey') add(dice.chance(0.05) ? 'X-Portkey-Api-Key' : 'x-portkey-api-key', key);
    if (how === 'switchyard') add('x-switchyard-api-key', key);
    if (how === 'bearer') {
      add('authorization', `${dice.pick(['Bearer ', 'bearer ', 'BEARER  '])}${key}`);
      authorizationUsed = true;
    }
    if (how === 'wrong') {
      const wrong = dice.pick([
        `${key}x`,
        key.slice(0, -1),
        key.toUpperCase(),
        `Bearer ${key}`,
        ' ',
        'gw-key-unknown',
        `${key}, ${key}`,
        randomString(dice),
      ]);
      add(dice.pick(['x-portkey-api-key', 'authorization']), wrong);
    }
  } else if (dice.chance(0.1)) {
    add('x-portkey-api-key', randomString(dice).slice(0, 60));
  }
  const ownCredential = () => {
    if (!authorizationUsed && dice.chance(0.8)) add('authorization', `Bearer ${clientKey}`);
  };

  // The target.
  const target = dice.weighted([
    [4, 'virtual-key'],
    [4, 'provider'],
    [6, 'config'],
    [2, 'config-id'],
    [1, 'none'],
    [2, 'chaos'],
  ] as const);
  notes.push(`target: ${target}`);
  if (target === 'virtual-key' || (target === 'chaos' && dice.chance(0.5))) {
    add(
      family('virtual-key'),
      dice.weighted([
        [6, dice.pick(world.virtualKeys)],
        [2, dice.pick(prototypeNames)],
        [2, randomString(dice).slice(0, 200)],
        [1, `${dice.pick(world.virtualKeys)} `],
      ]),
    );
    if (dice.chance(0.35)) add(family('custom-host'), hosts.any());
    if (dice.chance(0.15)) add(family('provider'), hosts.provider(dice.pick(providers)));
  }
  if (target === 'provider' || (target === 'chaos' && dice.chance(0.5))) {
    add(
      family('provider'),
      hosts.provider(
        dice.weighted([
          [6, dice.pick(providers)],
          [3, dice.pick(prototypeNames)],
          [2, randomString(dice).slice(0, 200)],
        ]),
      ),
    );
    ownCredential();
    if (dice.chance(0.8)) add(family('custom-host'), hosts.any());
  }
  if (target === 'config' || (target === 'chaos' && dice.chance(0.5))) {
    let config: Json = baseConfig(dice, world, hosts, clientKey);
    const mutations = dice.weighted([
      [3, 0],
      [4, 1],
      [2, 2],
      [1, 4],
    ]);
    for (let i = 0; i < mutations; i++) config = mutate(dice, config, configKeys, 2500, notes);
    let text = jsonHeader(dice, toJson(config));
    if (dice.chance(0.08)) text = damageText(dice, text, notes);
    if (Buffer.byteLength(text) > maxHeaderJson) {
      notes.push(`config of ${Buffer.byteLength(text)} bytes replaced by a deep nesting`);
      text = toJson({ virtual_key: dice.pick(world.virtualKeys), override_params: deeplyNested(dice, 2000) });
    }
    add(family('config'), text);
    if (dice.chance(0.2)) ownCredential();
    if (dice.chance(0.1)) add(family('custom-host'), hosts.any());
  }
  if (target === 'config-id' || (target === 'chaos' && dice.chance(0.3))) {
    add(
      family('config'),
      dice.weighted([
        [6, dice.pick(world.configIds)],
        [2, dice.pick(prototypeNames)],
        [2, randomString(dice).slice(0, 200)],
        [1, dice.pick(['pc-main ', ' pc-main', 'PC-MAIN', '[]', 'null', '"pc-main"', ' {', '{'])],
      ]),
    );
  }
  if (target === 'none' && dice.chance(0.5)) ownCredential();

  // Provider settings and per-request options, as headers.
  const settingHeaders: [string, () => string][] = [
    ['openai-organization', () => dice.pick(['org-1', randomString(dice)])],
    ['openai-project', () => randomString(dice)],
    ['anthropic-version', () => dice.pick(['2023-06-01', randomString(dice)])],
    ['anthropic-beta', () => randomString(dice)],
    ['azure-resource-name', () => dice.pick(['fuzzres', 'evil.example#', '127.0.0.1:1', randomString(dice)])],
    ['azure-deployment-id', () => dice.pick(['gpt-4o', '../../x', randomString(dice)])],
    ['azure-api-version', () => randomString(dice)],
    ['azure-foundry-url', () => hosts.any()],
    ['azure-endpoint-name', () => randomString(dice)],
    [
      'aws-region',
      () => dice.pick(['us-east-1', 'x.attacker.example#', '169.254.169.254', randomString(dice)]),
    ],
    ['aws-access-key-id', () => 'AKIAFUZZCLIENT'],
    ['aws-secret-access-key', () => 'client-aws-secret'],
    ['vertex-project-id', () => randomString(dice)],
    ['vertex-region', () => dice.pick(['us-central1', 'evil.example/', randomString(dice)])],
    [
      'vertex-service-account-json',
      () =>
        jsonHeader(
          dice,
          toJson(dice.chance(0.5) ? { client_email: 'a@b', private_key: 'x' } : randomValue(dice)),
        ),
    ],
    [
      'forward-headers',
      () =>
        Array.from({ length: 1 + dice.int(4) }, () => dice.pick(forwardable)).join(
          dice.pick([',', ', ', ',,', ';']),
        ),
    ],
    ['trace-id', () => dice.pick(['trace-1', randomString(dice), 'x'.repeat(5000)])],
    [
      'metadata',
      () => {
        let metadata: Json = { _user: 'u-1', plan: dice.pick(['pro', 'free']), env: 'test' };
        for (let i = dice.int(3); i > 0; i--)
          metadata = mutate(dice, metadata, ['_user', 'plan'], 2000, notes);
        let text = toJson(metadata);
        if (dice.chance(0.1)) text = damageText(dice, text, notes);
        return jsonHeader(dice, text.slice(0, maxHeaderJson));
      },
    ],
    [
      'request-timeout',
      () =>
        dice.pick([
          '1',
          '50',
          '2000',
          '0',
          '-1',
          '1.5',
          'NaN',
          'Infinity',
          '1e3',
          '1e400',
          ' 100 ',
          '0x10',
          '99999999999999999999',
          '',
          randomString(dice),
        ]),
    ],
    ['timeout-ms', () => dice.pick(['1', '3000', '-5', 'abc'])],
    [
      'cache-force-refresh',
      () => dice.pick(['true', 'false', '1', '0', 'TRUE', 'yes', '', randomString(dice)]),
    ],
    ['cache-namespace', () => randomString(dice)],
  ];
  const optionCount = dice.weighted([
    [4, 0],
    [3, 1],
    [2, 2],
    [1, 5],
  ]);
  for (let i = 0; i < optionCount; i++) {
    const [suffix, value] = dice.pick(settingHeaders);
    add(family(suffix), value());
    if (dice.chance(0.05)) add(family(suffix), value()); // repeated, or in both families
  }

  // Other headers a client may send.
  if (dice.chance(0.15))
    add('x-request-id', dice.pick(['req-1', 'two words', 'x'.repeat(100), randomString(dice)]));
  if (dice.chance(0.1)) add('x-tenant-region', 'eu-west');
  if (dice.chance(0.05)) add('cookie', 'session=abc');
  if (dice.chance(0.05)) add('connection', dice.pick(['keep-alive', 'x-tenant-region', 'close']));
  if (dice.chance(0.03)) add('te', 'trailers');
  if (dice.chance(0.03)) add('x-forwarded-for', '10.0.0.1');
  if (dice.chance(0.05))
    add('accept', dice.pick(['text/event-stream', 'application/json', '*/*', 'image/png']));
  if (dice.chance(0.05)) add('accept-encoding', dice.pick(['gzip', 'br', 'identity']));

  // The body.
  let body: Buffer | undefined;
  let chunked = false;
  if (method !== 'GET' && method !== 'HEAD' && !(method === 'OPTIONS' && dice.chance(0.5))) {
    let value: Json = path.includes('embeddings') ? embeddingsBody(dice) : chatBody(dice);
    const mutations = dice.weighted([
      [5, 0],
      [4, 1],
      [2, 2],
      [1, 4],
    ]);
    for (let i = 0; i < mutations; i++) value = mutate(dice, value, bodyKeys, 20_000, notes);
    keepMockAlive(value);
    let text = toJson(value);
    if (dice.chance(0.04)) {
      notes.push('huge string');
      text = toJson({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'y'.repeat(dice.pick([30_000, 60_000, 70_000])) }],
      });
    }
    if (dice.chance(0.08)) text = damageText(dice, text, notes);
    body = Buffer.from(text, 'utf8');
    if (dice.chance(0.02)) {
      notes.push('invalid UTF-8');
      body = Buffer.concat([
        body.subarray(0, body.length >> 1),
        Buffer.from([0xff, 0xfe, 0xc3]),
        body.subarray(body.length >> 1),
      ]);
    }
    if (dice.chance(0.02)) body = undefined;
    chunked = body !== undefined && dice.chance(0.1);
    const contentType = dice.weighted([
      [20, 'application/json'],
      [2, 'application/json; charset=utf-8'],
      [1, 'APPLICATION/JSON'],
      [1, 'text/plain'],
      [1, 'application/x-www-form-urlencoded'],
      [1, 'multipart/form-data; boundary=fuzz'],
      [1, 'application/json; charset=latin1'],
      [1, 'text/event-stream'],
      [1, ''],
    ]);
    if (contentType !== '') add('content-type', contentType);
  }

  // Node's server refuses more than 16 KiB of headers before the gateway sees them: stay under.
  const size = () =>
    headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, path.length);
  while (size() > 15_000) {
    const longest = headers.reduce((best, header) => (header[1].length > best[1].length ? header : best));
    notes.push(`${longest[0]} dropped: headers too large`);
    headers.splice(headers.indexOf(longest), 1);
  }

  return {
    seed,
    index,
    gateway,
    method,
    path,
    headers,
    body,
    chunked,
    hosts: chosenHosts,
    notes,
  };
}

/** The case as a few lines a person can read and curl from: method, path, headers, body. */
export function describeCase(fuzzCase: FuzzCase, maxBody = 600): string {
  const lines = [
    `seed ${fuzzCase.seed} index ${fuzzCase.index} → gateway "${fuzzCase.gateway}"`,
    `${fuzzCase.method} ${fuzzCase.path.length > 200 ? `${fuzzCase.path.slice(0, 200)}…` : fuzzCase.path}`,
  ];
  for (const [name, value] of fuzzCase.headers) {
    lines.push(`${name}: ${value.length > 400 ? `${value.slice(0, 400)}… (${value.length} chars)` : value}`);
  }
  if (fuzzCase.body !== undefined) {
    const text = fuzzCase.body.toString('utf8');
    lines.push(
      '',
      `${text.length > maxBody ? `${text.slice(0, maxBody)}… (${fuzzCase.body.length} bytes)` : text}${fuzzCase.chunked ? ' [chunked]' : ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * Smaller variants of the JSON `text`, each with one value removed (outermost first), for shrinking
 * a failing request; none when `text` is not JSON.
 */
export function smallerJson(text: string, limit = 40): string[] {
  const parse = () => {
    try {
      return JSON.parse(text) as Json;
    } catch {
      return undefined; // not JSON, or nested beyond what JSON.parse takes
    }
  };
  const root = parse();
  if (root === undefined) return [];
  const paths: (string | number)[][] = [];
  const queue: [Json, (string | number)[]][] = [[root, []]];
  while (queue.length > 0 && paths.length < limit) {
    const [value, path] = queue.shift()!;
    if (value === null || typeof value !== 'object' || value instanceof RawJson) continue;
    const keys: (string | number)[] = Array.isArray(value)
      ? value.map((_, index) => index)
      : Object.keys(value);
    for (const key of keys) {
      paths.push([...path, key]);
      queue.push([(value as Record<string | number, Json>)[key]!, [...path, key]]);
    }
  }
  return paths.flatMap((path) => {
    const copy = parse()!;
    let parent = copy as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
    try {
      return [JSON.stringify(copy)];
    } catch {
      return [];
    }
  });
}
