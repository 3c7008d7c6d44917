import { AllBranchesFailedError, type CallOutcome, type ErrorCode, type Middleware } from '@switchyard/core';
import {
  bufferBody,
  discardBody,
  firstByteReady,
  isBodyReplayable,
  replayRequest,
  reportCircuitOfBranches,
  transportSignal,
} from '@switchyard/core/internal';
import { checkBranches, failureRule } from './branch-options.js';
import { withOptionIndex } from './option-path.js';

/** Options of `fallback`. */
export interface FallbackOptions {
  /**
   * Statuses that move on to the next branch. Default: any non-2xx status, as Portkey, when neither
   * `onErrorCodes` nor `when` is given either. A thrown error (transport failure, timeout error,
   * protocol error) always moves on.
   */
  onStatusCodes?: number[];
  /**
   * Error codes (core's `errorCodes`, which every provider maps its errors to) whose answers move on
   * to the next branch, e.g. `['context_length_exceeded', 'content_filter']` to try a model with a
   * longer context or another provider, while any other 400 reaches the caller. An answer moves on
   * when its status is in `onStatusCodes` or its code is in `onErrorCodes` or `when` says so.
   * Default: none.
   */
  onErrorCodes?: ErrorCode[];
  /**
   * Whether an answer moves on, from its outcome (`status`, `code`, `message`, `response`, its body
   * unread), beside `onStatusCodes` and `onErrorCodes`. Default: none.
   */
  when?: (outcome: CallOutcome) => boolean;
}

/**
 * Tries branch 0, then 1, ... until one answers well (Portkey's `strategy.mode: "fallback"`). Each
 * branch is a middleware ending at the shared `next`, so it carries its own provider, retry,
 * `overrideParams`, or a nested router. The response names the branch that served it in
 * `x-switchyard-last-used-option-index` (`config.targets[1]`, nested `config.targets[0].targets[1]`).
 *
 * When every branch fails, the caller gets the last branch's outcome: its failed response, with its
 * status, as Portkey does; or, when the last branch threw, a rejection with `AllBranchesFailedError`
 * listing every error thrown (an earlier branch's failed response never hides a later error). A
 * caller's abort stops at once. The request body is buffered once, so every branch gets a standard
 * request with its body unread. Discarded responses have their bodies cancelled.
 *
 * An event stream falls back only if it fails before its first byte: after that, the caller has
 * already received part of one model's answer, and splicing another model's answer after it would
 * produce text neither wrote; the stream's error reaches the caller instead.
 *
 * @throws TypeError at factory time when `branches` is empty or holds a non-function, or
 *   `onStatusCodes`, `onErrorCodes` or `when` is invalid.
 */
export function fallback(branches: Middleware[], options: FallbackOptions = {}): Middleware {
  checkBranches('fallback', branches);
  const judge = failureRule('fallback', options);
  const list = [...branches];
  return (next) => {
    const handlers = list.map((branch) => branch(next));
    return reportCircuitOfBranches(handlers, async function fallback(request) {
      const signal = transportSignal(request);
      signal?.throwIfAborted();
      if (handlers.length > 1 && !isBodyReplayable(request)) await bufferBody(request);
      let errors: unknown[] | undefined;
      let failed: { response: Response; index: number } | undefined;
      for (let index = 0; index < handlers.length; index++) {
        let response: Response;
        try {
          // Each branch after the first gets a request of its own, its body unread.
          const branchRequest = index === 0 ? request : replayRequest(request);
          const ready = firstByteReady(await handlers[index]!(branchRequest), signal);
          response = ready instanceof Promise ? await ready : ready;
        } catch (error) {
          if (signal?.aborted) {
            if (failed) discardBody(failed.response);
            throw signal.reason;
          }
          errors ??= [];
          errors.push(error);
          // The last branch's outcome is the answer: an earlier failed response does not hide it.
          if (failed) discardBody(failed.response);
          failed = undefined;
          continue;
        }
        if (failed) discardBody(failed.response);
        if (signal?.aborted) {
          discardBody(response);
          throw signal.reason;
        }
        const judging = judge(response);
        const judged = judging instanceof Promise ? await judging : judging;
        if (!judged.failed) return withOptionIndex(judged.response, index);
        failed = { response: judged.response, index };
      }
      if (failed) return withOptionIndex(failed.response, failed.index);
      throw new AllBranchesFailedError(errors ?? []);
    });
  };
}
