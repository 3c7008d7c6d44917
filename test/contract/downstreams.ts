import { compose, fetchTransport, type Handler, type Middleware } from '@switchyard/core';
import { openai } from '@switchyard/providers-openai';
import { undiciTransport } from '@switchyard/transport-undici';
import {
  type Answer,
  answerHeaders,
  answerText,
  type CallEnd,
  hangLimitMs,
  type ReceivedCall,
  type Script,
} from './script.js';
import type { Upstream } from './upstream.js';

/** What a pipeline ends at in one case, and what it received. */
export interface Downstream {
  /** The OpenAI base URL the entry sends to (the SDK's `baseURL`). */
  baseURL: string;
  /** The pipeline's `next`: code Switchyard did not write. */
  handler: Handler;
  script: Script;
  /** The body text the user's middleware read from each request it passed on (its kind only). */
  middlewareReads: string[];
}

/** One kind of code a pipeline can end at. */
export interface DownstreamKind {
  name: string;
  /** Whether the code at the end sees a `Request` (so its `signal` can be checked). */
  seesRequest: boolean;
  /** Whether a user's middleware reads each request before passing it on. */
  hasMiddleware: boolean;
  /**
   * Whether detached requests (core's fast path) are on while the case runs: Switchyard's own
   * provider and transport may use them, and the case must not be able to tell. Default: on.
   */
  fastPath?: boolean;
  create(upstream: Upstream, answers: readonly Answer[]): Downstream;
}

/** The user's transport: the request as it is, to the global `fetch`. */
const plainFetch: Handler = (request) => fetch(request);

/** A user's handler answering by `script`: it reads the body twice, as users do, and honours the signal. */
function userHandler(script: Script): Handler {
  return async (request) => {
    let end!: (how: CallEnd) => void;
    const call: ReceivedCall = {
      method: request.method,
      url: request.url,
      bodies: [],
      signalIsAbortSignal: request.signal instanceof AbortSignal,
      ended: new Promise((resolve) => {
        end = resolve;
      }),
    };
    call.bodies.push(await readJson(() => request.clone().json()));
    call.bodies.push(await readJson(() => request.json()));
    const status = script.receive(call);
    if (status === 'hang') {
      const how = await abortedWithin(request.signal, hangLimitMs);
      end(how);
      if (how === 'aborted') throw request.signal.reason;
      return new Response(answerText(200), { status: 200, headers: answerHeaders() });
    }
    end('answered');
    return new Response(answerText(status), { status, headers: answerHeaders() });
  };
}

/** A body read as users read it; what the read threw is kept instead, so the case's diff names it. */
async function readJson(read: () => Promise<unknown>): Promise<unknown> {
  try {
    return await read();
  } catch (error) {
    return { unreadable: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** `aborted` once `signal` aborts, `answered` when it has not within `ms`. */
function abortedWithin(signal: AbortSignal, ms: number): Promise<CallEnd> {
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve('aborted');
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve('answered');
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Closed after the suite: the pool of the `undiciTransport` downstreams. */
export const sharedUndiciTransport = undiciTransport();

/**
 * Switchyard's `openai` provider on one of its own transports: the provider sends the native
 * request it derives detached when the fast path is on, the upstream server sees what was sent.
 */
function ownProvider(name: string, transport: Handler, fastPath: boolean): DownstreamKind {
  return {
    name,
    seesRequest: false,
    hasMiddleware: false,
    fastPath,
    create(upstream, answers) {
      const { baseURL, script } = upstream.route(answers);
      const handler = openai({ apiKey: 'sk-contract', baseURL })(transport);
      return { baseURL, handler, script, middlewareReads: [] };
    },
  };
}

export const downstreamKinds: readonly DownstreamKind[] = [
  {
    name: 'plain fetch to a local server',
    seesRequest: false,
    hasMiddleware: false,
    create(upstream, answers) {
      const { baseURL, script } = upstream.route(answers);
      return { baseURL, handler: plainFetch, script, middlewareReads: [] };
    },
  },
  {
    name: "a user's handler reading the body",
    seesRequest: true,
    hasMiddleware: false,
    create(upstream, answers) {
      // The route is never called: its URL only makes every downstream see the same kind of address.
      const { baseURL, script } = upstream.route(answers);
      return { baseURL, handler: userHandler(script), script, middlewareReads: [] };
    },
  },
  {
    name: "a user's middleware, then plain fetch",
    seesRequest: false,
    hasMiddleware: true,
    create(upstream, answers) {
      const { baseURL, script } = upstream.route(answers);
      const middlewareReads: string[] = [];
      const peek: Middleware = (next) => async (request) => {
        middlewareReads.push(await request.clone().text());
        return next(request);
      };
      return { baseURL, handler: compose(peek)(plainFetch), script, middlewareReads };
    },
  },
  ownProvider('openai provider on undiciTransport, fast path on', sharedUndiciTransport, true),
  ownProvider('openai provider on undiciTransport, fast path off', sharedUndiciTransport, false),
  ownProvider('openai provider on fetchTransport, fast path on', fetchTransport(), true),
];
