import { AllBranchesFailedError, type CallOutcome, type ErrorCode, type Middleware } from '@switchyard/core';
import {
  bufferBody,
  deriveRequest,
  discardBody,
  firstByteReady,
  isBodyReplayable,
  reportCircuitOfBranches,
  requestSignal,
  transportSignal,
} from '@switchyard/core/internal';
import { checkBranches, failureRule } from './branch-options.js';
import { withOptionIndex } from './option-path.js';

/** Options of `hedge`. */
export interface HedgeOptions {
  /** How long a branch may take to answer before the next one is started as well, in ms. Required. */
  afterMs: number;
  /** Statuses that count as a failure, as in `fallback`. Default: any non-2xx status. */
  onStatusCodes?: number[];
  /** Error codes that count as a failure, as in `fallback`. Default: none. */
  onErrorCodes?: ErrorCode[];
  /** Whether an answer counts as a failure, from its outcome, as in `fallback`. Default: none. */
  when?: (outcome: CallOutcome) => boolean;
}

/**
 * Hedged requests: starts branch 0; when it has not answered after `afterMs`, starts branch 1 as
 * well, and so on; a branch that fails starts the next one at once. The first good answer wins and
 * names its branch in `x-switchyard-last-used-option-index`; every other branch is aborted and any
 * response it produced has its body cancelled. When all fail, the caller gets the last failed
 * response, or `AllBranchesFailedError` when none produced one, as with `fallback`.
 *
 * Hedging trades extra upstream calls (and tokens) for tail latency: pick `afterMs` around the
 * p95 latency of branch 0 so that only the slowest few percent of requests are duplicated.
 *
 * @throws TypeError at factory time when `branches` is empty or holds a non-function, or `afterMs`
 *   is not a non-negative finite number.
 */
export function hedge(branches: Middleware[], options: HedgeOptions): Middleware {
  checkBranches('hedge', branches);
  const afterMs = options?.afterMs;
  if (typeof afterMs !== 'number' || !Number.isFinite(afterMs) || afterMs < 0) {
    throw new TypeError(
      `hedge: afterMs must be a finite number of milliseconds >= 0; got ${String(afterMs)}`,
    );
  }
  const judge = failureRule('hedge', options);
  const list = [...branches];
  return (next) => {
    const handlers = list.map((branch) => branch(next));
    return reportCircuitOfBranches(handlers, async function hedge(request) {
      const signal = requestSignal(request);
      signal.throwIfAborted();
      if (handlers.length > 1 && !isBodyReplayable(request)) await bufferBody(request);
      return new Promise<Response>((resolve, reject) => {
        const controllers: AbortController[] = [];
        const errors: unknown[] = [];
        let failed: { response: Response; index: number } | undefined;
        let started = 0;
        let pending = 0;
        let settled = false;
        let timer: ReturnType<typeof setTimeout> | undefined;

        const settle = (finish: () => void) => {
          settled = true;
          clearTimeout(timer);
          signal.removeEventListener('abort', onCallerAbort);
          finish();
        };
        const onCallerAbort = () => {
          if (failed) discardBody(failed.response);
          settle(() => reject(signal.reason));
        };
        const onFailure = () => {
          if (started < handlers.length) startNext();
          else if (pending === 0 && failed) {
            const { response, index } = failed;
            settle(() => resolve(withOptionIndex(response, index)));
          } else if (pending === 0) {
            settle(() => reject(new AllBranchesFailedError(errors)));
          }
        };
        const startNext = () => {
          clearTimeout(timer);
          const index = started++;
          const controller = new AbortController();
          controllers.push(controller);
          pending++;
          const caller = transportSignal(request);
          const branchSignal = caller ? AbortSignal.any([caller, controller.signal]) : controller.signal;
          // Started from a promise so that a branch throwing synchronously counts as its failure.
          Promise.resolve(deriveRequest(request, { signal: branchSignal }))
            .then((branchRequest) => handlers[index]!(branchRequest))
            .then((response) => firstByteReady(response, branchSignal))
            .then(judge)
            .then(
              ({ response, failed: isFailure }) => {
                pending--;
                if (settled) return discardBody(response);
                if (!isFailure) {
                  if (failed) discardBody(failed.response);
                  for (const other of controllers) {
                    if (other !== controller) other.abort(new Error('hedge: another branch answered first'));
                  }
                  settle(() => resolve(withOptionIndex(response, index)));
                  return;
                }
                if (failed) discardBody(failed.response);
                failed = { response, index };
                onFailure();
              },
              (error: unknown) => {
                pending--;
                if (settled) return;
                errors.push(error);
                onFailure();
              },
            );
          if (started < handlers.length) timer = setTimeout(startNext, afterMs);
        };

        signal.addEventListener('abort', onCallerAbort, { once: true });
        startNext();
      });
    });
  };
}
