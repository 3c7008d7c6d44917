import { credentialPartition } from '@switchyard/cache-simple';
import { type ChatCompletion, type Middleware, requestOptions } from '@switchyard/core';
import { responseHeaders, withResponseHeaders } from '@switchyard/core/internal';
import type { Embedder } from './embedder.js';
import { memoryVectorStore } from './memory-vector-store.js';
import { disagreement } from './prompt-agreement.js';
import { promptTerms } from './prompt-terms.js';
import { partitionKey, type SemanticRequest, semanticRequest } from './semantic-request.js';
import {
  answerFromEventStream,
  completionFromStream,
  streamFromAnswer,
  streamFromCompletion,
} from './stream-entry.js';
import { useEmbedder } from './use-embedder.js';
import type { VectorStore } from './vector-store.js';

/** Values of `x-switchyard-cache-status` (`responseHeaders.cacheStatus`) set by `cacheSemantic`. */
export const semanticCacheStatus = {
  /** Answered from an earlier request that asked the same thing; the score is in `x-switchyard-cache-similarity`. */
  hit: 'SEMANTIC_HIT',
  /** No earlier request close enough: answered upstream, and stored when the answer is a complete 200. */
  miss: 'MISS',
  /** `cacheForceRefresh` skipped the lookup: answered upstream and stored. */
  refresh: 'REFRESH',
  /**
   * Not a chat completion, Messages or Responses request with a plain-text final user message, or
   * the embedder failed: passed through.
   */
  disabled: 'DISABLED',
} as const;

/** Options of `cacheSemantic`. */
export interface CacheSemanticOptions {
  /** Turns prompts into vectors. Default: `useEmbedder()` (local Universal Sentence Encoder). */
  embedder?: Embedder;
  /** Where entries live. Default: a `memoryVectorStore()` owned by this middleware. */
  store?: VectorStore;
  /**
   * Lowest cosine similarity between two final user messages for a hit; the word check must pass
   * too (and above `relaxedSimilarity`, 0.75, it accepts synonyms and added phrasing words).
   * Default: 0.6, measured with `useEmbedder()` (precision 1.0 on every split of
   * `test/semantic-eval.test.ts`, whose README table gives the recall). Below 0.75 a hit needs the
   * same words in both prompts, so the word check, not the cosine, keeps the precision. Another
   * embedder needs its own value.
   */
  threshold?: number;
  /** Seconds an entry is served after it was stored (Portkey's `max_age`). Default: 604800 (7 days). */
  maxAge?: number;
  /**
   * The tenant a request belongs to; entries are never compared across partitions. Default: a hash
   * of the credential headers (`authorization`, `x-api-key`, `api-key`, `x-goog-api-key`,
   * `x-portkey-api-key`, `x-portkey-virtual-key`), or none when the request carries none.
   * The per-request `cacheNamespace` option always takes part as well.
   */
  partition?: (request: Request) => string | undefined;
  /** Separates this cache's entries from other caches sharing the store. Default: none. */
  namespace?: string;
  /** How many nearest entries are checked word by word before giving up. Default: 4. */
  candidates?: number;
  /** Largest response body stored, in bytes. Default: 4 MiB. */
  maxEntryBytes?: number;
  /** Receives a warning when the embedder or the store fails (the request then goes upstream). Default: `console`. */
  logger?: { warn(message: string): void };
}

/** A stored answer: a chat completion, or (Messages and Responses requests) the API's own answer. */
interface StoredAnswer {
  status: number;
  headers: [string, string][];
  /** Chat completions. */
  completion?: ChatCompletion;
  /** A Messages message or a Response, for requests of those APIs. */
  answer?: unknown;
}

const keptHeaders = [
  'content-type',
  'openai-model',
  'openai-organization',
  'openai-processing-ms',
  'x-request-id',
];

/**
 * A semantic response cache: a chat request whose final user message asks what an earlier one
 * asked, in the same context (model, system prompt, earlier turns, tools, response format,
 * sampling parameters, tenant), is answered with the earlier answer. Anthropic Messages and OpenAI
 * Responses requests are compared on their last user input the same way, and answered in their
 * own API (JSON, or its event stream). A hit needs cosine similarity
 * of the two messages' embeddings at or above `threshold` AND agreement of their content words
 * (after question forms, aliases and, for close embeddings, WordNet synonyms are read as one),
 * numbers, negations, question words, direction ("USD to EUR") and roles, because embeddings alone
 * rate "capital of France" and "capital of Germany" as near-identical. Every response carries
 * `x-switchyard-cache-status`; a hit also carries `x-switchyard-cache-similarity`.
 *
 * @throws TypeError at creation when an option is invalid.
 */
export function cacheSemantic(options: CacheSemanticOptions = {}): Middleware {
  const settings = resolveOptions(options);
  const { embedder, store, logger } = settings;
  return (next) =>
    async function cacheSemantic(request) {
      const parsed = await semanticRequest(request);
      if (typeof parsed === 'string') return withStatus(await next(request), semanticCacheStatus.disabled);
      const forceRefresh = requestOptions(request).cacheForceRefresh === true;
      const partition = partitionKey([
        // The request's tenant always separates entries, whatever `partition` says.
        requestOptions(request).tenant,
        embedder.id,
        settings.namespace,
        requestOptions(request).cacheNamespace,
        settings.partition(request),
        parsed.context,
      ]);
      let vector: Float32Array | undefined;
      try {
        [vector] = await embedder.embed([parsed.prompt]);
      } catch (error) {
        logger.warn(
          `cacheSemantic: embedder ${embedder.id} failed, request passed through: ${messageOf(error)}`,
        );
        return withStatus(await next(request), semanticCacheStatus.disabled);
      }
      if (!vector) return withStatus(await next(request), semanticCacheStatus.disabled);
      if (!forceRefresh) {
        const hit = await lookup(parsed, partition, vector);
        if (hit) return hit;
      }
      const response = await next(request);
      const status = forceRefresh ? semanticCacheStatus.refresh : semanticCacheStatus.miss;
      return record(response, parsed, partition, vector, status);
    };

  async function lookup(
    parsed: SemanticRequest,
    partition: string,
    vector: Float32Array,
  ): Promise<Response | undefined> {
    let matches: Awaited<ReturnType<VectorStore['search']>>;
    try {
      matches = await store.search({
        partition,
        vector,
        limit: settings.candidates,
        minSimilarity: settings.threshold,
      });
    } catch (error) {
      logger.warn(`cacheSemantic: store search failed, treated as a miss: ${messageOf(error)}`);
      return undefined;
    }
    if (matches.length === 0) return undefined;
    const terms = promptTerms(parsed.prompt);
    for (const match of matches) {
      if (disagreement(terms, promptTerms(match.prompt), match.similarity) !== undefined) continue;
      let answer: StoredAnswer;
      try {
        answer = JSON.parse(match.value) as StoredAnswer;
      } catch {
        continue;
      }
      const headers = new Headers(answer.headers);
      headers.set(responseHeaders.cacheStatus, semanticCacheStatus.hit);
      headers.set(responseHeaders.cacheSimilarity, match.similarity.toFixed(4));
      const body = parsed.api === 'chat' ? answer.completion : answer.answer;
      if (body === undefined) continue;
      if (parsed.stream) {
        if (parsed.api === 'chat')
          return streamFromCompletion(answer.completion!, parsed.includeUsage, headers);
        const stream = streamFromAnswer(parsed.api, body, headers);
        if (stream) return stream;
        continue;
      }
      headers.set('content-type', 'application/json');
      return new Response(JSON.stringify(body), { status: answer.status, headers });
    }
    return undefined;
  }

  async function record(
    response: Response,
    parsed: SemanticRequest,
    partition: string,
    vector: Float32Array,
    status: string,
  ): Promise<Response> {
    const contentType = response.headers.get('content-type') ?? '';
    if (response.status !== 200 || response.body === null) return withStatus(response, status);
    const headers = keptHeaders.flatMap((name): [string, string][] => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value]];
    });
    const save = (body: unknown) => {
      if (!isFinished(parsed.api, body)) return;
      const stored: StoredAnswer =
        parsed.api === 'chat'
          ? { status: 200, headers, completion: body as ChatCompletion }
          : { status: 200, headers, answer: body };
      const value = JSON.stringify(stored);
      if (Buffer.byteLength(value) > settings.maxEntryBytes) return;
      return store
        .add({
          partition,
          vector,
          prompt: parsed.prompt,
          value,
          expiresAt: Date.now() + settings.maxAge * 1000,
        })
        .catch((error: unknown) => logger.warn(`cacheSemantic: store add failed: ${messageOf(error)}`));
    };
    if (contentType.includes('text/event-stream')) {
      // The caller reads one branch as it arrives; the other is assembled and stored if it ends normally.
      const [caller, recorder] = response.body.tee();
      void (
        parsed.api === 'chat' ? completionFromStream(recorder) : answerFromEventStream(parsed.api, recorder)
      ).then(save);
      return withStatus(new Response(caller, response), status);
    }
    if (!contentType.includes('json')) return withStatus(response, status);
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    await save(body);
    return withStatus(new Response(text, response), status);
  }
}

/**
 * True for a complete answer worth keeping: a chat completion whose every choice finished, a
 * Messages message with a stop reason, a Response that completed (or stopped at its token limit).
 */
function isFinished(api: SemanticRequest['api'], body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const answer = body as Record<string, unknown>;
  if (api === 'messages')
    return answer.type === 'message' && Array.isArray(answer.content) && answer.stop_reason != null;
  if (api === 'responses') {
    return (
      answer.object === 'response' &&
      Array.isArray(answer.output) &&
      (answer.status === 'completed' || answer.status === 'incomplete')
    );
  }
  const completion = body as ChatCompletion;
  return (
    completion.object === 'chat.completion' &&
    Array.isArray(completion.choices) &&
    completion.choices.every((choice) => choice.finish_reason != null)
  );
}

/** Statuses an inner cache sets when it answered: they say more than this cache's MISS and are kept. */
const innerHits = new Set(['HIT', semanticCacheStatus.hit]);

/** `response` with the cache status header set (a copy when its headers are immutable). */
function withStatus(response: Response, status: string): Response {
  if (innerHits.has(response.headers.get(responseHeaders.cacheStatus) ?? '')) return response;
  return withResponseHeaders(response, { [responseHeaders.cacheStatus]: status });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface ResolvedOptions {
  namespace: string | undefined;
  embedder: Embedder;
  store: VectorStore;
  threshold: number;
  maxAge: number;
  partition: (request: Request) => string | undefined;
  candidates: number;
  maxEntryBytes: number;
  logger: { warn(message: string): void };
}

function resolveOptions(options: CacheSemanticOptions): ResolvedOptions {
  const embedder = options.embedder ?? useEmbedder();
  if (
    typeof embedder !== 'object' ||
    typeof embedder.embed !== 'function' ||
    typeof embedder.id !== 'string' ||
    !Number.isInteger(embedder.dimensions)
  ) {
    throw new TypeError('cacheSemantic: embedder must have id, dimensions and embed(texts)');
  }
  const store = options.store ?? memoryVectorStore();
  if (typeof store?.search !== 'function' || typeof store.add !== 'function') {
    throw new TypeError('cacheSemantic: store must have search() and add() (a VectorStore)');
  }
  const threshold = options.threshold ?? 0.6;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    throw new TypeError(`cacheSemantic: threshold must be a number > 0 and <= 1; got ${String(threshold)}`);
  }
  const maxAge = options.maxAge ?? 7 * 24 * 60 * 60;
  if (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge <= 0) {
    throw new TypeError(`cacheSemantic: maxAge must be a number of seconds > 0; got ${String(maxAge)}`);
  }
  const partition = options.partition ?? credentialPartition;
  if (typeof partition !== 'function') {
    throw new TypeError('cacheSemantic: partition must be a function (request) => string | undefined');
  }
  const candidates = options.candidates ?? 4;
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > 100) {
    throw new TypeError(
      `cacheSemantic: candidates must be an integer from 1 to 100; got ${String(candidates)}`,
    );
  }
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  if (!Number.isInteger(maxEntryBytes) || maxEntryBytes <= 0) {
    throw new TypeError(`cacheSemantic: maxEntryBytes must be an integer > 0; got ${String(maxEntryBytes)}`);
  }
  const logger = options.logger ?? console;
  if (typeof logger?.warn !== 'function')
    throw new TypeError('cacheSemantic: logger must have warn(message)');
  const namespace = options.namespace;
  if (namespace !== undefined && (typeof namespace !== 'string' || namespace.length === 0)) {
    throw new TypeError(
      `cacheSemantic: namespace must be a non-empty string; got ${JSON.stringify(namespace)}`,
    );
  }
  return { namespace, embedder, store, threshold, maxAge, partition, candidates, maxEntryBytes, logger };
}
