// Issue 20's fuzz test: at least 10,000 seeded, mutated requests through HTTP against `serve` —
// Portkey and Switchyard headers, configs and bodies (see fuzz-inputs.ts) — and, for each answer:
// no 5xx (a 502/504 only where the request named a host that fails on purpose), no server secret
// or gateway key in the answer, errors in OpenAI's shape. Afterwards: the gateways still answer,
// the attacker server never saw a server secret, nothing tried to connect beyond loopback.
//
// Replay: FUZZ_SEED=<seed> FUZZ_INDEX=<index> pnpm exec vitest run test/gateway-security/fuzz.test.ts
// (FUZZ_CASES=<n> changes the number of cases of a run).
//
// The gateways run with the operator's own transports (`transport` and `compile.clientHosts.transport`),
// built as the gateway builds its own (undici, the address policy for client-chosen hosts) but
// wrapped: a provider's public API (api.openai.com, *.openai.azure.com, ...) is answered by a guard
// without any connection or DNS query, and every outbound request is checked for server secrets.
import { once } from 'node:events';
import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo, LookupFunction, Socket } from 'node:net';
import { functionEmbedder } from '@switchyard/cache-semantic';
import { createRegistry, createVault } from '@switchyard/config';
import type { Handler } from '@switchyard/core';
import { type GatewayLogEntry, type RunningGateway, type ServeOptions, serve } from '@switchyard/server';
import { type MockProvider, mockEmbedding, startMockProvider } from '@switchyard/testing';
import { trace } from '@switchyard/trace';
import { addressPolicy, type UndiciTransport, undiciTransport } from '@switchyard/transport-undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeCase,
  type FuzzCase,
  type FuzzWorld,
  failingKinds,
  type GatewayName,
  generateCase,
  headerSafe,
  smallerJson,
} from './fuzz-inputs.js';
import { type LoopbackOnly, loopbackOnly } from './loopback-only.js';
import {
  chatCompletionJson,
  chunkEvent,
  type RecordingUpstream,
  startRecordingUpstream,
} from './recording-upstream.js';

const seed = Number(process.env.FUZZ_SEED ?? 20);
const caseCount = Number(process.env.FUZZ_CASES ?? 10_000);
const onlyIndex = process.env.FUZZ_INDEX === undefined ? undefined : Number(process.env.FUZZ_INDEX);
const concurrency = 16;

/** Secrets the servers hold (vault, configs, environment). None may reach a client or the attacker. */
const secrets = {
  vault: 'sk-vault-main-7c1f0e9a2b44',
  anthropic: 'sk-ant-vault-5d2e8b1c4f11',
  public: 'sk-vault-public-3a9d6e0f7b22',
  azure: 'azure-vault-secret-8e4b2a6c1d33',
  bedrock: 'bedrock-vault-secret-2f7c9e1a5b55',
  env: 'sk-env-secret-6b3d1f8e2a66',
  config: 'sk-config-secret-9a5c2e7f1b77',
  defaultConfig: 'sk-default-secret-4e8a1c6f3d88',
};
type SecretName = keyof typeof secrets;
const secretEntries = Object.entries(secrets) as [SecretName, string][];
const gatewayKeys = ['gw-key-tenant-a-1f9e7d0c', 'gw-key-tenant-b-8c2a4b6e'];
const envName = 'FUZZ_GATEWAY_SECRET';

/** The server secrets and gateway keys found in `text`, by name. */
function forbiddenIn(text: string): string[] {
  const found = secretEntries.filter(([, value]) => text.includes(value)).map(([name]) => `secret "${name}"`);
  gatewayKeys.forEach((key, index) => {
    if (text.includes(key)) found.push(`gateway key ${index}`);
  });
  return found;
}

// ---------------------------------------------------------------------------------------------
// Problems seen outside the answers

/** A secret sent where it must not go, or a connection attempt beyond loopback; `suspects` were in flight. */
interface SideProblem {
  what: string;
  suspects: FuzzCase[];
}
const sideProblems: SideProblem[] = [];
/** The cases whose requests are being answered right now. */
const inFlight = new Set<FuzzCase>();

function sideProblem(what: string): void {
  sideProblems.push({ what, suspects: [...inFlight] });
}

/** Everything of a request an upstream received, as text to search for secrets. */
function seenBy(arrival: {
  url: string;
  headers: IncomingHttpHeaders | Record<string, string>;
  body: string;
}): string {
  return `${arrival.url}\n${JSON.stringify(arrival.headers)}\n${arrival.body}`;
}

// ---------------------------------------------------------------------------------------------
// Upstreams

interface AttackerArrival {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A loopback server that records whole requests and answers as OpenAI or Anthropic would. */
async function startAttacker(): Promise<{
  port: number;
  arrivals: AttackerArrival[];
  close(): Promise<void>;
}> {
  const arrivals: AttackerArrival[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const arrival = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      };
      arrivals.push(arrival);
      for (const what of forbiddenIn(seenBy(arrival))) sideProblem(`the attacker received ${what}`);
      let stream = false;
      try {
        stream = (JSON.parse(body) as { stream?: unknown }).stream === true;
      } catch {}
      const path = new URL(request.url ?? '/', 'http://x').pathname;
      const json = (status: number, value: string) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(value);
      if (path.endsWith('/chat/completions')) {
        if (!stream) return json(200, chatCompletionJson('attacker answer'));
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        return response.end(`${chunkEvent('attacker')}${chunkEvent(' answer')}data: [DONE]\n\n`);
      }
      if (path.endsWith('/embeddings')) {
        return json(
          200,
          JSON.stringify({
            object: 'list',
            data: [{ object: 'embedding', index: 0, embedding: [0.1, 0.2] }],
            model: 'text-embedding-3-small',
            usage: { prompt_tokens: 1, total_tokens: 1 },
          }),
        );
      }
      if (path.endsWith('/models')) {
        return json(
          200,
          JSON.stringify({
            object: 'list',
            data: [{ id: 'gpt-4o-mini', object: 'model', created: 0, owned_by: 'x' }],
          }),
        );
      }
      if (path.endsWith('/messages')) {
        if (!stream) return json(200, JSON.stringify(anthropicMessage));
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        return response.end(anthropicEvents);
      }
      json(
        404,
        JSON.stringify({
          error: {
            message: 'attacker: no such route',
            type: 'invalid_request_error',
            param: null,
            code: null,
          },
        }),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    arrivals,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const anthropicMessage = {
  id: 'msg_attacker',
  type: 'message',
  role: 'assistant',
  model: 'claude-3-5-sonnet-20241022',
  content: [{ type: 'text', text: 'attacker answer' }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 1, output_tokens: 2 },
};

const anthropicEvents = [
  [
    'message_start',
    { type: 'message_start', message: { ...anthropicMessage, content: [], stop_reason: null } },
  ],
  [
    'content_block_start',
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
  ],
  [
    'content_block_delta',
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'attacker' } },
  ],
  ['content_block_stop', { type: 'content_block_stop', index: 0 }],
  [
    'message_delta',
    {
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 1 },
    },
  ],
  ['message_stop', { type: 'message_stop' }],
]
  .map(([event, data]) => `event: ${String(event)}\ndata: ${JSON.stringify(data)}\n\n`)
  .join('');

/** A loopback port that refuses connections. */
async function deadPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// ---------------------------------------------------------------------------------------------
// The operator's transports, guarded

/** Origins the guard answered for, without connecting, with counts. */
const guardedOrigins = new Map<string, number>();
/** Host names the transports were asked to resolve, with counts. */
const lookups = new Map<string, number>();
/** Names of the test's own servers by origin, for messages. */
const serverNames = new Map<string, string>();

/** Resolves `localhost` only; any other name fails as an unknown host would, with no DNS query. */
const loopbackLookup = ((hostname: string, options: unknown, callback?: unknown) => {
  const done = (typeof options === 'function' ? options : callback) as (...args: unknown[]) => void;
  const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
  lookups.set(hostname, (lookups.get(hostname) ?? 0) + 1);
  if (hostname.toLowerCase() === 'localhost') {
    if (all) done(null, [{ address: '127.0.0.1', family: 4 }]);
    else done(null, '127.0.0.1', 4);
    return;
  }
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    hostname,
  });
  done(error, all ? [] : undefined, undefined);
}) as LookupFunction;

function secretsInRequest(request: Request): SecretName[] {
  let text = request.url;
  for (const [name, value] of request.headers) text += `\n${name}: ${value}`;
  return secretEntries.filter(([, value]) => text.includes(value)).map(([name]) => name);
}

/** Judges IP literals as the gateway's address policy does, for naming what a host is. */
const addressKinds = addressPolicy({});

/** What `origin` is, when a client may have chosen it: one of the test's servers, or a kind of address. */
function clientChosenKind(origin: string): string | undefined {
  const name = serverNames.get(origin);
  if (name !== undefined) return name.startsWith("the operator's") ? undefined : name;
  const verdict = addressKinds.checkHost(new URL(origin).hostname);
  return verdict === undefined || verdict.rule === 'public'
    ? undefined
    : `an address of kind ${verdict.rule}`;
}

/**
 * The operator transport: requests to the test's own loopback servers go out through undici; any
 * other origin (a provider's public API, a host derived from a client's setting) is answered 403
 * here, with no connection and no DNS query. A server secret may go only where it was configured,
 * and a host a client chose (the attacker, a private or metadata address) must not come this way:
 * such hosts belong to the transport that applies the address policy.
 */
function operatorTransport(
  inner: Handler,
  allowed: Record<SecretName, (origin: string) => boolean>,
): Handler {
  return async (request) => {
    const origin = new URL(request.url).origin;
    for (const name of secretsInRequest(request)) {
      if (!allowed[name](origin))
        sideProblem(`secret "${name}" sent to ${serverNames.get(origin) ?? origin}`);
    }
    const chosen = clientChosenKind(origin);
    if (chosen !== undefined)
      sideProblem(`${chosen} reached through the operator's transport, without the address policy`);
    if (serverNames.has(origin)) return inner(request);
    guardedOrigins.set(origin, (guardedOrigins.get(origin) ?? 0) + 1);
    await request.body?.cancel().catch(() => undefined);
    return new Response(
      JSON.stringify({
        error: {
          message: 'fuzz guard: no connection beyond loopback',
          type: 'invalid_request_error',
          param: null,
          code: 'fuzz_guard',
        },
      }),
      { status: 403, headers: { 'content-type': 'application/json' } },
    );
  };
}

/** The transport for client-chosen hosts: the gateway's address policy; a server secret only where configured. */
function clientHostTransport(
  inner: Handler,
  allowed: Record<SecretName, (origin: string) => boolean>,
): Handler {
  return async (request) => {
    const origin = new URL(request.url).origin;
    for (const name of secretsInRequest(request)) {
      if (!allowed[name](origin))
        sideProblem(`secret "${name}" sent to client-chosen host ${serverNames.get(origin) ?? origin}`);
    }
    return inner(request);
  };
}

// ---------------------------------------------------------------------------------------------
// Sending

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  error?: string;
  /** The case sent before this one on the same keep-alive connection, if any. */
  previous?: FuzzCase;
}

/** The last case sent on each connection, to find what a confused connection carried before. */
const lastCaseOn = new WeakMap<Socket, FuzzCase>();

let retriedOnStaleSockets = 0;

/** Sends `fuzzCase`; a keep-alive socket the server had closed just before is retried once, as Node advises. */
async function send(port: number, agent: Agent, fuzzCase: FuzzCase): Promise<Answer> {
  let previous: FuzzCase | undefined;
  const first = await sendOnce(port, agent, fuzzCase, (before) => {
    previous = before;
  });
  let answer = first.answer;
  if (first.stale) {
    retriedOnStaleSockets++;
    answer = (
      await sendOnce(port, agent, fuzzCase, (before) => {
        previous = before;
      })
    ).answer;
  }
  return previous === undefined ? answer : { ...answer, previous };
}

function sendOnce(
  port: number,
  agent: Agent,
  fuzzCase: FuzzCase,
  onSocket: (previous: FuzzCase | undefined) => void,
): Promise<{ answer: Answer; stale: boolean }> {
  return new Promise((resolve) => {
    // With headers as a list, Node's client adds no Host header of its own.
    const headers = ['host', `127.0.0.1:${port}`, ...fuzzCase.headers.flat()];
    // Framing said out loud: Node's client frames no body of its own for TRACE, DELETE or OPTIONS.
    if (fuzzCase.body !== undefined) {
      if (fuzzCase.chunked) headers.push('transfer-encoding', 'chunked');
      else headers.push('content-length', String(fuzzCase.body.length));
    }
    let settled = false;
    const finish = (answer: Answer, stale = false) => {
      if (!settled) {
        settled = true;
        resolve({ answer, stale });
      }
    };
    let request: ReturnType<typeof httpRequest>;
    try {
      request = httpRequest(
        { host: '127.0.0.1', port, method: fuzzCase.method, path: fuzzCase.path, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          const answer = (error?: string): Answer => ({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            ...(error === undefined ? {} : { error }),
          });
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => finish(answer()));
          response.on('error', (error) => finish(answer(`response: ${error.message}`)));
          response.on('aborted', () => finish(answer('response aborted')));
        },
      );
    } catch (error) {
      // A request Node's client refuses to send (a shrinking step can make one): no answer at all.
      finish({
        status: -1,
        headers: {},
        body: Buffer.alloc(0),
        error: `not sendable: ${(error as Error).message}`,
      });
      return;
    }
    request.on('socket', (socket) => {
      onSocket(lastCaseOn.get(socket));
      lastCaseOn.set(socket, fuzzCase);
    });
    request.setTimeout(20_000, () => request.destroy(new Error('no answer within 20 s')));
    const sentAt = Date.now();
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A server closing an idle connection as the client reuses it resets it at once: retried. A
      // connection that stays silent for a second and is then reset is an answer that never came.
      const stale = request.reusedSocket && error.code === 'ECONNRESET' && Date.now() - sentAt < 1_000;
      finish({ status: 0, headers: {}, body: Buffer.alloc(0), error: error.message }, stale);
    });
    const body = fuzzCase.body;
    if (body === undefined) request.end();
    else if (!fuzzCase.chunked) request.end(body);
    else {
      const third = Math.ceil(body.length / 3);
      request.write(body.subarray(0, third));
      request.write(body.subarray(third, 2 * third));
      request.end(body.subarray(2 * third));
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Checking

function errorOf(body: Buffer): { message?: unknown; code?: unknown } | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { error?: unknown };
    return typeof parsed?.error === 'object' && parsed.error !== null ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}

/** A message with its variable parts (ids, ports, numbers, quoted values) blanked, to group failures. */
function shape(message: string): string {
  return message
    .replace(/\(request id [^)]*\)/g, '(request id …)')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .slice(0, 200);
}

const logById = new Map<string, GatewayLogEntry>();
/** 500s a mock provider answered itself (its reply code threw on a mutated body), passed through unchanged. */
let mockOwn5xx = 0;
/** Things worth a look that break no rule of issue 20, by signature. */
const notes = new Map<string, { count: number; example: FuzzCase }>();

/** What is wrong with `answer` to `fuzzCase`, as [signature, detail] pairs. */
function problemsOf(fuzzCase: FuzzCase, answer: Answer): [string, string][] {
  const problems: [string, string][] = [];
  if (answer.error !== undefined) problems.push([`no answer: ${shape(answer.error)}`, answer.error]);
  if (answer.status <= 0) return problems;
  const text = answer.body.toString('utf8');
  const error = errorOf(answer.body);
  const message = typeof error?.message === 'string' ? error.message : undefined;
  const leaked = [...new Set([...forbiddenIn(text), ...forbiddenIn(JSON.stringify(answer.headers))])];
  if (leaked.length > 0) problems.push([`${answer.status} leaks ${leaked.join(', ')}`, text.slice(0, 500)]);
  const requestId = answer.headers['x-request-id'];
  if (answer.status >= 500) {
    const mayFail = fuzzCase.hosts.some((host) => failingKinds.includes(host.kind));
    const mockOwn =
      typeof requestId === 'string' &&
      requestId.startsWith('mock-req-') &&
      error?.code === 'mock_reply_failed';
    if (mockOwn) mockOwn5xx++;
    else if (
      !(
        (answer.status === 502 || answer.status === 504) &&
        mayFail &&
        (message !== undefined || fuzzCase.method === 'HEAD')
      )
    ) {
      const logged = typeof requestId === 'string' ? logById.get(requestId) : undefined;
      const cause = logged?.error === undefined ? '' : ` — logged: ${shape(logged.error.split('\n')[0]!)}`;
      problems.push([`${answer.status}: ${shape(message ?? text)}${cause}`, text.slice(0, 500)]);
    }
  }
  if (answer.status >= 400 && fuzzCase.method !== 'HEAD' && message === undefined) {
    problems.push([
      `${answer.status} error body is not OpenAI-shaped: ${shape(text.slice(0, 80))}`,
      text.slice(0, 500),
    ]);
  }
  const clientKey = /sk-client-\d+/.exec(fuzzCase.headers.map(([, value]) => value).join('\n'))?.[0];
  if (answer.status >= 400 && clientKey !== undefined && text.includes(clientKey)) {
    const signature = `${answer.status} error quotes the client's own credential back: ${shape(message ?? text).slice(0, 60)}`;
    const known = notes.get(signature);
    if (known) known.count++;
    else notes.set(signature, { count: 1, example: fuzzCase });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The run

let provider: MockProvider;
let anthropicProvider: MockProvider;
let attacker: Awaited<ReturnType<typeof startAttacker>>;
let hanging: RecordingUpstream;
let net: LoopbackOnly;
let stoppedSeen = 0;
const transports: UndiciTransport[] = [];
const gateways = new Map<GatewayName, RunningGateway>();
const logEntries: GatewayLogEntry[] = [];
const traceProblems: string[] = [];
let traceRecords = 0;
let world: FuzzWorld;

/** Node's warning that a timer was asked for more than 2^31-1 ms, and set to 1 ms instead. */
function onWarning(warning: Error): void {
  if (warning.name === 'TimeoutOverflowWarning') sideProblem(`TimeoutOverflowWarning: ${warning.message}`);
}

/** An exception nothing caught: under `serve` in production it ends the process. */
function onUncaught(error: Error): void {
  sideProblem(`uncaught exception: ${error.message}`);
}

beforeAll(async () => {
  // Loaded now, not when a config first declares a cache: a first import under vitest stalls the loop.
  await Promise.all([import('@switchyard/cache-simple'), import('@switchyard/cache-semantic')]);
  net = loopbackOnly();
  process.on('warning', onWarning);
  process.on('uncaughtException', onUncaught);
  process.env[envName] = secrets.env;
  provider = await startMockProvider();
  anthropicProvider = await startMockProvider({ dialect: 'anthropic' });
  attacker = await startAttacker();
  hanging = await startRecordingUpstream((_response, arrival) => {
    for (const what of forbiddenIn(seenBy({ ...arrival, body: '' })))
      sideProblem(`the hanging server received ${what}`);
  });
  const hangPort = Number(new URL(hanging.baseURL).port);

  const vault = createVault({
    'vk-main': { provider: 'openai', api_key: secrets.vault, custom_host: provider.baseURL },
    'vk-anthropic': {
      provider: 'anthropic',
      api_key: secrets.anthropic,
      custom_host: anthropicProvider.baseURL,
    },
    'vk-public': { provider: 'openai', api_key: secrets.public },
    'vk-azure': {
      provider: 'azure-openai',
      api_key: secrets.azure,
      resource_name: 'fuzzres',
      deployment_id: 'gpt-4o',
      api_version: '2024-02-01',
    },
    'vk-bedrock': {
      provider: 'bedrock',
      aws_access_key_id: 'AKIAFUZZVAULT',
      aws_secret_access_key: secrets.bedrock,
      aws_region: 'us-east-1',
    },
    'vk-env': { provider: 'openai', api_key: `env:${envName}`, custom_host: provider.baseURL },
  });
  const registry = createRegistry({
    'pc-main': { virtual_key: 'vk-main', retry: { attempts: 1, on_status_codes: [429] } },
    'pc-fallback': {
      strategy: { mode: 'fallback' },
      targets: [{ virtual_key: 'vk-anthropic' }, { virtual_key: 'vk-main' }],
    },
    'pc-cache': { virtual_key: 'vk-main', cache: { mode: 'simple', max_age: 60 } },
    'pc-semantic': { virtual_key: 'vk-main', cache: { mode: 'semantic', max_age: 60 } },
    'pc-secret': { provider: 'openai', api_key: secrets.config, custom_host: provider.baseURL },
  });
  world = {
    attackerPort: attacker.port,
    providerPort: provider.port,
    deadPort: await deadPort(),
    hangPort,
    gatewayKeys,
    virtualKeys: [...vault.names(), 'vk-missing'],
    configIds: [...registry.ids(), 'pc-missing'],
    envReference: `env:${envName}`,
  };
  serverNames.set(provider.url, "the operator's mock provider (openai)");
  serverNames.set(anthropicProvider.url, "the operator's mock provider (anthropic)");
  serverNames.set(`http://127.0.0.1:${attacker.port}`, 'the attacker');
  serverNames.set(`http://127.0.0.1:${world.deadPort}`, 'the dead port');
  serverNames.set(`http://127.0.0.1:${hangPort}`, 'the hanging server');

  const allowed: Record<SecretName, (origin: string) => boolean> = {
    vault: (origin) => origin === provider.url,
    anthropic: (origin) => origin === anthropicProvider.url,
    public: (origin) => origin === 'https://api.openai.com',
    azure: (origin) => origin === 'https://fuzzres.openai.azure.com',
    bedrock: () => false, // signed with, never sent
    env: (origin) => origin === provider.url,
    config: (origin) => origin === provider.url,
    // A default config without a provider: its key goes to the API of the provider a client names,
    // never to a host of the test's (the attacker, or another key's host).
    defaultConfig: (origin) => !serverNames.has(origin),
  };
  const made = (options: Parameters<typeof undiciTransport>[0]) => {
    const transport = undiciTransport({
      headersTimeout: 0,
      bodyTimeout: 0,
      lookup: loopbackLookup,
      ...options,
    });
    transports.push(transport);
    return transport;
  };
  const operator = operatorTransport(made({}), allowed);
  // As the gateway makes its own for client-chosen hosts (client-host-policy.ts), with the lookup above.
  const strictHosts = clientHostTransport(
    made({ addressPolicy: { allowLoopback: false, trustedHosts: [] } }),
    allowed,
  );
  const loopbackHosts = clientHostTransport(
    made({ addressPolicy: { allowLoopback: true, trustedHosts: [] } }),
    allowed,
  );
  const semanticCache = {
    embedder: functionEmbedder({
      id: 'fuzz-words',
      dimensions: 32,
      embed: async (texts) => texts.map((text) => mockEmbedding(text, 32)),
    }),
    logger: { warn: () => undefined },
  };
  const common: ServeOptions = {
    port: 0,
    hostname: '127.0.0.1',
    log: () => undefined,
    logger: (entry) => {
      logEntries.push(entry);
      logById.set(entry.requestId, entry);
    },
    vault,
    registry,
    transport: operator,
    maxBodyBytes: 64 * 1024,
    requestDeadlineMs: 5_000,
    streamIdleTimeoutMs: 2_000,
  };
  // Keys, a default config naming its targets, no client-chosen hosts (the default with keys).
  gateways.set(
    'keyed',
    await serve({
      ...common,
      apiKeys: gatewayKeys,
      config: {
        strategy: { mode: 'fallback' },
        targets: [
          { provider: 'openai', api_key: secrets.config, custom_host: provider.baseURL },
          { virtual_key: 'vk-main' },
        ],
      },
      compile: { semanticCache, clientHosts: { transport: strictHosts } },
    }),
  );
  // Keys, no default config, client-chosen hosts allowed on loopback (so the attacker is reachable), tracing.
  gateways.set(
    'hosts',
    await serve({
      ...common,
      apiKeys: gatewayKeys,
      compile: {
        semanticCache,
        clientHosts: { allowed: true, allowLoopback: true, transport: loopbackHosts },
      },
      use: [
        trace({
          sink: (record) => {
            traceRecords++;
            const found = forbiddenIn(JSON.stringify(record));
            if (found.length > 0) traceProblems.push(`trace record holds ${found.join(', ')}`);
          },
        }),
      ],
    }),
  );
  // No keys (loopback only), a default config holding a key but no provider.
  gateways.set(
    'open',
    await serve({
      ...common,
      config: { api_key: secrets.defaultConfig, retry: { attempts: 1, on_status_codes: [429] } },
      compile: { semanticCache, clientHosts: { transport: loopbackHosts } },
    }),
  );
});

afterAll(async () => {
  await Promise.all([...gateways.values()].map((gateway) => gateway.close(1_000)));
  await Promise.all(transports.map((transport) => transport.close(1_000)));
  await Promise.all([provider?.close(), anthropicProvider?.close(), attacker?.close(), hanging?.close()]);
  net?.release();
  process.off('warning', onWarning);
  process.off('uncaughtException', onUncaught);
  delete process.env[envName];
});

/** Times the event loop stood still for over a second, with the cases in flight then (never asserted on). */
const stalls: { ms: number; suspects: FuzzCase[] }[] = [];

/** Watches the event loop while `run` runs: a tick that comes late means something blocked it. */
async function watchingStalls<T>(run: () => Promise<T>): Promise<T> {
  let last = Date.now();
  const timer = setInterval(() => {
    const now = Date.now();
    if (now - last > 1_000) stalls.push({ ms: now - last, suspects: [...inFlight] });
    last = now;
  }, 50);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

/** The slowest answers, for the summary (never asserted on). */
const slowest: { ms: number; fuzzCase: FuzzCase; status: number }[] = [];

function noteDuration(ms: number, fuzzCase: FuzzCase, status: number): void {
  if (slowest.length >= 3 && ms <= slowest[slowest.length - 1]!.ms) return;
  slowest.push({ ms, fuzzCase, status });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 3);
}

/** Sends `fuzzCases`, `concurrency` at a time over keep-alive connections; notes connections the safety net stopped. */
async function runCases(
  fuzzCases: Iterable<FuzzCase>,
  onAnswer: (fuzzCase: FuzzCase, answer: Answer) => void,
) {
  const agents = new Map(
    [...gateways.keys()].map((name) => [name, new Agent({ keepAlive: true, maxSockets: concurrency })]),
  );
  const iterator = fuzzCases[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const fuzzCase = next.value;
      inFlight.add(fuzzCase);
      const sentAt = Date.now();
      const answer = await send(
        gateways.get(fuzzCase.gateway)!.port,
        agents.get(fuzzCase.gateway)!,
        fuzzCase,
      );
      noteDuration(Date.now() - sentAt, fuzzCase, answer.status);
      for (; stoppedSeen < net.stopped.length; stoppedSeen++)
        sideProblem(`connection attempt to ${net.stopped[stoppedSeen]}`);
      inFlight.delete(fuzzCase);
      onAnswer(fuzzCase, answer);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  for (const agent of agents.values()) agent.destroy();
}

/** When replaying and shrinking failures stops, so that a run with many failures still ends in time. */
let analysisEndsAt = Number.POSITIVE_INFINITY;

/** True when sending `fuzzCase` alone makes `happens` true. */
async function reproduces(fuzzCase: FuzzCase, happens: (answer: Answer) => boolean): Promise<boolean> {
  let result = false;
  await runCases([fuzzCase], (_, answer) => {
    result = happens(answer);
  });
  return result;
}

/** True when sending `before`, then `fuzzCase` on the same connection, makes `happens` true. */
async function reproducesAfter(
  before: FuzzCase,
  fuzzCase: FuzzCase,
  happens: (answer: Answer) => boolean,
): Promise<boolean> {
  if (before.gateway !== fuzzCase.gateway) return false;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const port = gateways.get(fuzzCase.gateway)!.port;
  try {
    await send(port, agent, before);
    return happens(await send(port, agent, fuzzCase));
  } finally {
    agent.destroy();
  }
}

/**
 * A smaller request for which `fails` still holds: headers dropped one by one, then JSON values
 * (in header values and the body) removed one by one, then the route's plain body tried; within
 * `budgetMs`.
 */
async function shrink(
  fuzzCase: FuzzCase,
  fails: (candidate: FuzzCase) => Promise<boolean>,
  budgetMs = 8_000,
): Promise<FuzzCase> {
  const until = Math.min(Date.now() + budgetMs, analysisEndsAt);
  let current = fuzzCase;
  const attempt = async (candidate: FuzzCase) => {
    if (Date.now() > until || !(await fails(candidate))) return false;
    current = candidate;
    return true;
  };
  for (let i = current.headers.length - 1; i >= 0; i--) {
    await attempt({ ...current, headers: current.headers.filter((_, index) => index !== i) });
  }
  for (let i = 0; i < current.headers.length; i++) {
    for (let improved = true; improved && Date.now() < until; ) {
      improved = false;
      for (const value of smallerJson(current.headers[i]![1])) {
        const headers = current.headers.map((header, index): [string, string] =>
          index === i ? [header[0], headerSafe(value)] : header,
        );
        if (await attempt({ ...current, headers })) {
          improved = true;
          break;
        }
      }
    }
  }
  if (current.body !== undefined) {
    const plain = current.path.includes('embeddings')
      ? { model: 'text-embedding-3-small', input: 'hello' }
      : { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] };
    if (!(await attempt({ ...current, body: Buffer.from(JSON.stringify(plain)), chunked: false }))) {
      for (let improved = true; improved && Date.now() < until; ) {
        improved = false;
        for (const text of smallerJson(current.body!.toString('utf8'))) {
          if (await attempt({ ...current, body: Buffer.from(text), chunked: false })) {
            improved = true;
            break;
          }
        }
      }
    }
  }
  return current;
}

function report(title: string, count: number, fuzzCase: FuzzCase, small: FuzzCase, answer?: string): string {
  return (
    `✗ ${title}  (${count}×; first at seed ${fuzzCase.seed} index ${fuzzCase.index})\n` +
    (answer === undefined ? '' : `  answer: ${answer.replace(/\n/g, ' ')}\n`) +
    `  what the generator did: ${fuzzCase.notes.join('; ') || 'nothing'}\n` +
    `  smallest request found:\n${describeCase(small).replace(/^/gm, '    ')}`
  );
}

describe('the gateway under 10,000 fuzzed requests', () => {
  it('answers every request without a 5xx of its own, a leaked secret, or an error outside OpenAI’s shape', async () => {
    const started = Date.now();
    const failures = new Map<
      string,
      { count: number; fuzzCase: FuzzCase; answer: string; previous: FuzzCase | undefined }
    >();
    const statuses = new Map<number, number>();
    const gatewayMade5xx: { requestId: string; fuzzCase: FuzzCase }[] = [];
    const indexes =
      onlyIndex === undefined ? Array.from({ length: caseCount }, (_, index) => index) : [onlyIndex];
    function* cases() {
      for (const index of indexes) yield generateCase(seed, index, world);
    }
    await watchingStalls(() =>
      runCases(cases(), (fuzzCase, answer) => {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const requestId = answer.headers['x-request-id'];
        if (onlyIndex !== undefined) {
          const logged = typeof requestId === 'string' ? logById.get(requestId) : undefined;
          console.log(
            `${describeCase(fuzzCase, 5_000)}\n\n→ ${answer.status} ${answer.error ?? ''}\n${answer.body.toString('utf8').slice(0, 2_000)}` +
              (logged ? `\n\nlogged: ${JSON.stringify(logged, null, 2)}` : ''),
          );
        }
        if (answer.status >= 500 && typeof requestId === 'string' && !requestId.startsWith('mock-req-')) {
          gatewayMade5xx.push({ requestId, fuzzCase });
        }
        for (const [signature] of problemsOf(fuzzCase, answer)) {
          const known = failures.get(signature);
          if (known) known.count++;
          else
            failures.set(signature, {
              count: 1,
              fuzzCase,
              answer: `${answer.status} ${answer.body.toString('utf8').slice(0, 300)}`,
              previous: answer.previous,
            });
        }
      }),
    );
    const elapsed = Date.now() - started;
    const seenDuringRun = [...sideProblems];
    analysisEndsAt = Date.now() + 45_000;
    // What blocked the event loop: the suspect that takes longest alone.
    const stallNotes: string[] = [];
    for (const stall of stalls.sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      let worst: { ms: number; fuzzCase: FuzzCase } | undefined;
      for (const suspect of stall.suspects) {
        const before = Date.now();
        await reproduces(suspect, () => true);
        const ms = Date.now() - before;
        if (worst === undefined || ms > worst.ms) worst = { ms, fuzzCase: suspect };
      }
      stallNotes.push(
        `event loop blocked for ${stall.ms} ms` +
          (worst === undefined
            ? ''
            : `; slowest suspect alone took ${worst.ms} ms:\n${describeCase(worst.fuzzCase, 300).replace(/^/gm, '    ')}`),
      );
    }

    // Every 5xx the gateway made is in its log under the id the client got.
    const unlogged = gatewayMade5xx.filter(({ requestId }) => !logById.has(requestId));
    const logLeaks = logEntries.flatMap((entry) => forbiddenIn(JSON.stringify(entry)));

    const reports: string[] = [];
    for (const [signature, failure] of [...failures].slice(0, 20)) {
      const fails = (candidate: FuzzCase) => (answer: Answer) =>
        problemsOf(candidate, answer).some(([other]) => other === signature);
      const previous = failure.previous;
      if ((await reproduces(failure.fuzzCase, fails(failure.fuzzCase))) || previous === undefined) {
        const small = await shrink(failure.fuzzCase, (candidate) => reproduces(candidate, fails(candidate)));
        reports.push(report(signature, failure.count, failure.fuzzCase, small, failure.answer));
        continue;
      }
      // Not alone: perhaps after what the same connection carried before.
      const afterPrevious = (before: FuzzCase, candidate: FuzzCase) =>
        reproducesAfter(before, candidate, fails(candidate));
      if (!(await afterPrevious(previous, failure.fuzzCase))) {
        reports.push(
          `${report(signature, failure.count, failure.fuzzCase, failure.fuzzCase, failure.answer)}\n` +
            '  (did not happen again alone, nor after the request its connection carried before)',
        );
        continue;
      }
      const smallPrevious = await shrink(previous, (candidate) => afterPrevious(candidate, failure.fuzzCase));
      const small = await shrink(failure.fuzzCase, (candidate) => afterPrevious(smallPrevious, candidate));
      reports.push(
        `${report(signature, failure.count, failure.fuzzCase, small, failure.answer)}\n` +
          `  only after this request on the same connection (seed ${previous.seed} index ${previous.index}):\n` +
          describeCase(smallPrevious).replace(/^/gm, '    '),
      );
    }
    // Problems seen outside the answers: find the case that makes each kind happen, alone.
    const sideKinds = new Map<string, SideProblem[]>();
    for (const problem of seenDuringRun)
      sideKinds.set(shape(problem.what), [...(sideKinds.get(shape(problem.what)) ?? []), problem]);
    for (const [kind, problems] of [...sideKinds].slice(0, 16)) {
      const happensAlone = async (candidate: FuzzCase) => {
        const before = sideProblems.length;
        await reproduces(candidate, () => true);
        return sideProblems.slice(before).some((problem) => shape(problem.what) === kind);
      };
      let culprit: FuzzCase | undefined;
      for (const suspect of problems[0]!.suspects) {
        if (Date.now() > analysisEndsAt) break;
        if (await happensAlone(suspect)) {
          culprit = suspect;
          break;
        }
      }
      reports.push(
        culprit === undefined
          ? `✗ ${problems[0]!.what}  (${problems.length}×; no single case in flight reproduced it alone)`
          : report(problems[0]!.what, problems.length, culprit, await shrink(culprit, happensAlone)),
      );
    }
    const summary = [
      `${indexes.length} requests (seed ${seed}) in ${(elapsed / 1000).toFixed(1)} s, ${concurrency} at a time`,
      `statuses: ${[...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([status, count]) => `${status}×${count}`)
        .join(' ')}`,
      `gateway-made 5xx: ${gatewayMade5xx.length} (log entries: ${logEntries.length}); mock providers' own 500s passed through: ${mockOwn5xx}`,
      `trace records: ${traceRecords}; attacker saw ${attacker.arrivals.length} requests; mock providers ${provider.calls} + ${anthropicProvider.calls}`,
      `kinds of failure: ${failures.size} in answers, ${new Set(seenDuringRun.map((problem) => shape(problem.what))).size} outside them (the first 20 and 16 are shown)`,
      `stale keep-alive sockets retried: ${retriedOnStaleSockets}`,
      `slowest: ${slowest.map(({ ms, fuzzCase, status }) => `index ${fuzzCase.index} → ${status} in ${ms} ms`).join(', ')}`,
      `guard answered for: ${[...guardedOrigins].map(([origin, count]) => `${origin}×${count}`).join(', ') || 'nothing'}`,
      `names looked up: ${[...lookups].map(([name, count]) => `${name}×${count}`).join(', ') || 'none'}`,
      ...stallNotes.map((text) => `note: ${text}`),
      ...[...notes].map(
        ([signature, { count, example }]) => `note: ${signature} (${count}×, e.g. index ${example.index})`,
      ),
    ].join('\n');
    console.log(`${summary}${reports.length > 0 ? `\n\n${reports.join('\n\n')}` : ''}`);

    expect(reports, summary).toEqual([]);
    expect(
      unlogged.map(({ fuzzCase }) => `seed ${fuzzCase.seed} index ${fuzzCase.index}`),
      'gateway 5xx without a log entry',
    ).toEqual([]);
    expect(logLeaks, 'secrets in the gateway log').toEqual([]);
    expect(traceProblems, 'secrets in trace records').toEqual([]);
  }, 240_000);

  it('leaves every gateway healthy and answering', async () => {
    // The keyed gateway's default config names its targets; the open one's holds only a key.
    const routing: Record<GatewayName, Record<string, string>> = {
      keyed: { 'x-portkey-api-key': gatewayKeys[0]! },
      hosts: { 'x-portkey-api-key': gatewayKeys[1]!, 'x-portkey-virtual-key': 'vk-main' },
      open: { 'x-portkey-config': 'pc-main' },
    };
    for (const [name, gateway] of gateways) {
      const health = await fetch(`${gateway.url}/health`);
      expect(health.status, name).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const chat = await fetch(`${gateway.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...routing[name] },
        body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'still there?' }] }),
      });
      const text = await chat.text();
      expect(chat.status, `${name}: ${text}`).toBe(200);
      expect(
        (JSON.parse(text) as { choices: { message: { content: string } }[] }).choices[0]!.message.content,
      ).toBe('Mock answer to "still there?"');
    }
  });

  it('never let a server secret reach a host it was not configured for, nor a gateway header through', () => {
    const attackerLeaks = [
      ...attacker.arrivals,
      ...hanging.arrivals.map((arrival) => ({ ...arrival, body: '' })),
    ].flatMap((arrival) =>
      forbiddenIn(seenBy(arrival)).map((what) => `${what} in ${arrival.method} ${arrival.url}`),
    );
    expect(attackerLeaks).toEqual([]);
    expect(sideProblems.map((problem) => problem.what)).toEqual([]);
    const upstreamHeaders = [
      ...attacker.arrivals,
      ...hanging.arrivals,
      ...provider.requests,
      ...anthropicProvider.requests,
    ].flatMap((arrival) =>
      Object.keys(arrival.headers).filter((name) => /^x-(portkey|switchyard)-/.test(name)),
    );
    expect([...new Set(upstreamHeaders)]).toEqual([]);
    // The mock providers may hold their own secrets only.
    const mockSeen = (request: MockProvider['requests'][number]) =>
      seenBy({ ...request, body: Buffer.from(request.rawBody).toString('utf8') });
    const misplaced = [
      ...provider.requests.flatMap((request) =>
        forbiddenIn(mockSeen(request)).filter(
          (what) => !['secret "vault"', 'secret "env"', 'secret "config"'].includes(what),
        ),
      ),
      ...anthropicProvider.requests.flatMap((request) =>
        forbiddenIn(mockSeen(request)).filter((what) => what !== 'secret "anthropic"'),
      ),
    ];
    expect([...new Set(misplaced)]).toEqual([]);
  });

  it('never tried to connect beyond loopback', () => {
    expect(net.stopped).toEqual([]);
  });
});
