import { breaker } from '@switchyard/breaker';
import { cacheSemantic } from '@switchyard/cache-semantic';
import { cacheSimple } from '@switchyard/cache-simple';
import { compileConfig } from '@switchyard/config';
import { compose, type Middleware, overrideParams, timeout } from '@switchyard/core';
import { fallback, hedge } from '@switchyard/fallback';
import { guardrails } from '@switchyard/guardrails';
import { loadbalance } from '@switchyard/loadbalance';
import { retry } from '@switchyard/retry';
import { callbackSink, type TraceRecord, trace, traceAttempt } from '@switchyard/trace';
import { type DownstreamKind, downstreamKinds } from './downstreams.js';
import { type ChatBody, type Entry, entries } from './entries.js';
import type { Answer } from './script.js';

/** The situations a case puts a middleware in. */
export type ScenarioName =
  | 'happy path'
  | 'retry'
  | 'second branch'
  | 'cache miss then hit'
  | 'abort'
  | 'abort on the second attempt';

/** What the downstream answers in a scenario, and how many calls the caller and the downstream make. */
export interface Scenario {
  name: ScenarioName;
  answers: readonly Answer[];
  /** Identical calls the caller makes, one after another. */
  callerCalls: number;
  /** Calls the downstream must receive, each with the exact body. */
  downstreamCalls: number;
  /** The caller aborts once the downstream has received this many calls and waits on the last. */
  abortAfterCalls?: number;
}

export const scenarios: Readonly<Record<ScenarioName, Scenario>> = {
  'happy path': { name: 'happy path', answers: [200], callerCalls: 1, downstreamCalls: 1 },
  retry: { name: 'retry', answers: [503, 200], callerCalls: 1, downstreamCalls: 2 },
  'second branch': { name: 'second branch', answers: [503, 200], callerCalls: 1, downstreamCalls: 2 },
  // The second call is answered from the cache: the downstream is not called again.
  'cache miss then hit': { name: 'cache miss then hit', answers: [200], callerCalls: 2, downstreamCalls: 1 },
  abort: { name: 'abort', answers: ['hang'], callerCalls: 1, downstreamCalls: 1, abortAfterCalls: 1 },
  // A replayed request's signal must follow the caller as the first one's does.
  'abort on the second attempt': {
    name: 'abort on the second attempt',
    answers: [503, 'hang'],
    callerCalls: 1,
    downstreamCalls: 2,
    abortAfterCalls: 2,
  },
};

/** A middleware (or router) under test. */
export interface MiddlewareCase {
  name: string;
  /** A new instance per case, so caches, circuits and retry budgets start empty. */
  build(): Middleware;
  /** The scenarios that apply to it. */
  scenarios: readonly ScenarioName[];
  /** The body the downstream must receive for the body sent. Default: the body sent. */
  forwarded?: (sent: ChatBody) => unknown;
  /** Response headers the caller must see on its last answer, by scenario. */
  headers?: Partial<Record<ScenarioName, Record<string, string>>>;
}

/** Retry's waits made ~0 ms, so a retry costs no time. */
const noBackoff = { backoff: { initialDelayMs: 0, maxDelayMs: 0 } } as const;

/** A branch with nothing of its own: it goes straight to the shared `next`. */
const direct: Middleware = (next) => next;

/** A sink that drops its records: having one is what makes `trace()` read request and response bodies. */
const ignoreRecord = callbackSink((_record: TraceRecord) => undefined);

/**
 * Portkey's conditional routing: `gpt-4o-mini` goes to `primary`, a fallback of two targets; the
 * targets' provider is one supplied at compile time that adds nothing, so the downstream sees the
 * caller's request.
 */
function conditionalConfig(): Middleware {
  return compileConfig(
    {
      strategy: {
        mode: 'conditional',
        conditions: [{ query: { 'params.model': { $eq: 'gpt-4o-mini' } }, then: 'primary' }],
        default: 'spare',
      },
      targets: [
        {
          name: 'primary',
          strategy: { mode: 'fallback' },
          targets: [{ provider: 'as-sent' }, { provider: 'as-sent' }],
        },
        { name: 'spare', provider: 'as-sent' },
      ],
    },
    { providers: { 'as-sent': () => direct } },
  );
}

const lastUsed = 'x-switchyard-last-used-option-index';
const cacheStatus = 'x-switchyard-cache-status';

export const middlewareCases: readonly MiddlewareCase[] = [
  {
    name: 'retry',
    build: () => retry({ attempts: 2, ...noBackoff }),
    scenarios: ['happy path', 'retry', 'abort', 'abort on the second attempt'],
    headers: {
      'happy path': { 'x-switchyard-retry-attempt-count': '0' },
      retry: { 'x-switchyard-retry-attempt-count': '1' },
    },
  },
  {
    name: 'fallback',
    build: () => fallback([direct, direct]),
    scenarios: ['happy path', 'second branch', 'abort', 'abort on the second attempt'],
    headers: {
      'happy path': { [lastUsed]: 'config.targets[0]' },
      'second branch': { [lastUsed]: 'config.targets[1]' },
    },
  },
  {
    // `afterMs` longer than any case: branch 1 starts only because branch 0 failed.
    name: 'hedge',
    build: () => hedge([direct, direct], { afterMs: 60_000 }),
    scenarios: ['happy path', 'second branch', 'abort', 'abort on the second attempt'],
    headers: {
      'happy path': { [lastUsed]: 'config.targets[0]' },
      'second branch': { [lastUsed]: 'config.targets[1]' },
    },
  },
  {
    name: 'loadbalance',
    build: () =>
      loadbalance([
        { weight: 1, use: direct },
        { weight: 1, use: direct },
      ]),
    scenarios: ['happy path', 'abort'],
  },
  {
    name: 'breaker',
    build: () => breaker(),
    scenarios: ['happy path', 'abort'],
  },
  {
    name: 'timeout',
    build: () => timeout(60_000),
    scenarios: ['happy path', 'abort'],
  },
  {
    name: 'overrideParams',
    build: () => overrideParams({ temperature: 0 }),
    scenarios: ['happy path', 'abort'],
    forwarded: (sent) => ({ ...sent, temperature: 0 }),
  },
  {
    name: 'cacheSimple',
    build: () => cacheSimple(),
    scenarios: ['happy path', 'cache miss then hit', 'abort'],
    headers: { 'happy path': { [cacheStatus]: 'MISS' }, 'cache miss then hit': { [cacheStatus]: 'HIT' } },
  },
  {
    name: 'cacheSemantic',
    build: () => cacheSemantic(),
    scenarios: ['happy path', 'cache miss then hit', 'abort'],
    headers: {
      'happy path': { [cacheStatus]: 'MISS' },
      'cache miss then hit': { [cacheStatus]: 'SEMANTIC_HIT' },
    },
  },
  {
    name: 'guardrails',
    build: () =>
      guardrails({
        before: [
          { deny: true, checks: [{ id: 'default.regexMatch', parameters: { rule: 'password', not: true } }] },
        ],
        after: [{ checks: [{ id: 'default.wordCount', parameters: { maxWords: 50 } }] }],
      }),
    scenarios: ['happy path', 'abort'],
    headers: { 'happy path': { 'x-switchyard-guardrails': 'passed' } },
  },
  {
    name: 'trace with a sink',
    build: () => trace({ sink: ignoreRecord }),
    scenarios: ['happy path', 'abort'],
  },
  {
    name: 'trace, retry and traceAttempt',
    build: () => compose(trace({ sink: ignoreRecord }), retry({ attempts: 2, ...noBackoff }), traceAttempt()),
    scenarios: ['happy path', 'retry', 'abort', 'abort on the second attempt'],
    headers: { retry: { 'x-switchyard-retry-attempt-count': '1' } },
  },
  {
    name: 'conditional routing from a Portkey config',
    build: conditionalConfig,
    scenarios: ['happy path', 'second branch', 'abort', 'abort on the second attempt'],
    headers: {
      'happy path': { [lastUsed]: 'config.targets[0].targets[0]' },
      'second branch': { [lastUsed]: 'config.targets[0].targets[1]' },
    },
  },
];

/** One cell of the table: a middleware, reached through an entry, ending at a downstream, in a scenario. */
export interface ContractCase {
  title: string;
  middleware: MiddlewareCase;
  entry: Entry;
  downstream: DownstreamKind;
  scenario: Scenario;
}

/** Every middleware × entry × downstream × scenario that applies to the middleware. */
export function contractCases(): ContractCase[] {
  return middlewareCases.flatMap((middleware) =>
    entries.flatMap((entry) =>
      downstreamKinds.flatMap((downstream) =>
        middleware.scenarios.map((name) => ({
          title: `${middleware.name} | ${entry.name} | ${downstream.name} | ${name}`,
          middleware,
          entry,
          downstream,
          scenario: scenarios[name],
        })),
      ),
    ),
  );
}

/** The request every case sends: one the semantic cache can answer, whose words no guardrail minds. */
export const chatBody: ChatBody = {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'What is the capital of France?' }],
};
