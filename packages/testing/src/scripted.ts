import { type Handler, readBodyText, requestSignal } from '@switchyard/core';

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
 */
export function scripted(steps: readonly Step[], options: ScriptedOptions = {}): ScriptedHandler {
  const queue = [...steps];
  const requests: RecordedRequest[] = [];
  const handler = async (request: Request): Promise<Response> => {
    const index = requests.length;
    const recorded: RecordedRequest = {
      url: request.url,
      method: request.method,
      headers: new Headers(request.headers),
      body: '',
      signal: requestSignal(request),
    };
    requests.push(recorded);
    recorded.body = await readBodyText(request);
    const step = queue.length > 0 ? queue.shift() : options.otherwise;
    if (step === undefined)
      throw new Error(`scripted: no step left for request ${index} (${request.method} ${request.url})`);
    const answer = await run(step, request, index);
    if (answer instanceof Error) throw answer;
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
    await waitOrAbort(requestSignal(request), step.ms);
    return run(step.then, request, index);
  }
  await waitOrAbort(requestSignal(request), undefined);
  throw new Error('unreachable');
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
