import type { Handler } from '@switchyard/core';

/** What a scripted step may produce for one request. */
export type StepAnswer = Response | Error;

/** One queued answer: a value, a function of the request, or a delayed/hanging step. */
export type Step =
  | StepAnswer
  | ((request: Request, index: number) => StepAnswer | Promise<StepAnswer>)
  | DelayedStep
  | HangingStep;

interface DelayedStep {
  readonly kind: 'delay';
  readonly ms: number;
  readonly then: Step;
}

interface HangingStep {
  readonly kind: 'hang';
}

/** A request as the scripted handler saw it, with the body already read as text. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

/** A `Handler` that answers from a script and remembers what it was asked. */
export interface ScriptedHandler extends Handler {
  /** Every request received so far, in order. */
  readonly requests: RecordedRequest[];
  /** How many requests were received. */
  readonly calls: number;
}

/** Options of `scripted`. */
export interface ScriptedOptions {
  /** The step used once the script is exhausted. Default: none, so extra requests reject with an Error. */
  otherwise?: Step;
}

/**
 * A `Handler` answering the n-th request with the n-th step: a `Response` is returned, an `Error`
 * is thrown, a function is called with the request. `scripted.delay` waits first and
 * `scripted.hang` never answers; both end at once with the signal's reason when the request aborts.
 *
 * It reads each request as a user's handler would, through the Fetch API: the body from
 * `request.clone().text()` (so a step function can still read the request itself) and the abort
 * from `request.signal`. A request whose body was already read therefore fails here as it would
 * in users' code.
 *
 * @throws TypeError at once when a step is not a `Response`, an `Error`, a function or a
 *   `scripted.delay`/`scripted.hang` step, naming the step.
 */
export function scripted(steps: readonly Step[], options: ScriptedOptions = {}): ScriptedHandler {
  for (const [index, step] of steps.entries()) checkStep(step, `scripted: step ${index}`);
  if (options.otherwise !== undefined) checkStep(options.otherwise, 'scripted: options.otherwise');
  const queue = [...steps];
  const requests: RecordedRequest[] = [];
  const handler = async (request: Request): Promise<Response> => {
    const index = requests.length;
    const recorded: RecordedRequest = {
      url: request.url,
      method: request.method,
      headers: new Headers(request.headers),
      body: '',
      signal: request.signal,
    };
    requests.push(recorded);
    recorded.body = await request.clone().text();
    const step = queue.length > 0 ? queue.shift() : options.otherwise;
    if (step === undefined)
      throw new Error(`scripted: no step left for request ${index} (${request.method} ${request.url})`);
    const answer = await run(step, request, index);
    if (answer instanceof Error) throw answer;
    if (!(answer instanceof Response)) {
      throw new TypeError(
        `scripted: the function of step ${index} must return a Response or an Error; got ${describe(answer)}`,
      );
    }
    return answer;
  };
  Object.defineProperty(handler, 'requests', { value: requests });
  Object.defineProperty(handler, 'calls', { get: () => requests.length });
  return handler as ScriptedHandler;
}

/** A step that waits `ms` (abortably) and then answers with `then`. */
scripted.delay = (ms: number, then: Step): Step => ({ kind: 'delay', ms, then });

/** A step that never answers; it rejects with the abort reason when the request is aborted. */
scripted.hang = (): Step => ({ kind: 'hang' });

async function run(step: Step, request: Request, index: number): Promise<StepAnswer> {
  if (step instanceof Response || step instanceof Error) return step;
  if (typeof step === 'function') return step(request, index);
  if (step.kind === 'delay') {
    await waitOrAbort(request.signal, step.ms);
    return run(step.then, request, index);
  }
  await waitOrAbort(request.signal, undefined);
  throw new Error('unreachable');
}

function checkStep(step: Step, where: string): void {
  if (step instanceof Response || step instanceof Error || typeof step === 'function') return;
  const kind = (step as { kind?: unknown } | null)?.kind;
  if (kind === 'hang') return;
  if (kind === 'delay') {
    const delayed = step as DelayedStep;
    if (typeof delayed.ms !== 'number' || !(delayed.ms >= 0)) {
      throw new TypeError(`${where}: scripted.delay needs ms >= 0; got ${String(delayed.ms)}`);
    }
    checkStep(delayed.then, `${where} (after the delay)`);
    return;
  }
  throw new TypeError(
    `${where} must be a Response, an Error, a function of the request, scripted.delay(...) or ` +
      `scripted.hang(); got ${describe(step)} (to answer with a JSON body, wrap it: Response.json(value))`,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  const name = (value as object).constructor?.name;
  return name && name !== 'Object' ? `a ${name}` : 'a plain object';
}

function waitOrAbort(signal: AbortSignal, ms: number | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = ms === undefined ? undefined : setTimeout(done, ms);
    function done(): void {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
