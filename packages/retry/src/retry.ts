import type { Handler, Middleware } from '@switchyard/core';
import {
  bufferBody,
  discardBody,
  errorOutcome,
  firstByteReady,
  forwardCircuitProbe,
  isBodyReplayable,
  replayRequest,
  requestSignal,
  responseHeaders,
  responseOutcome,
  transportSignal,
  withResponseHeaders,
} from '@switchyard/core/internal';
import pRetry from 'p-retry';
import { backoffDelayMs } from './backoff.js';
import { retryAfterMs } from './retry-after.js';
import { type RetryOptions, type RetrySettings, resolveRetryOptions } from './retry-options.js';

/** Carries a retryable response through p-retry, which only retries on thrown errors. */
class RetryableResponse extends Error {
  constructor(readonly response: Response) {
    super(`Retryable status ${response.status}`);
  }
}

/**
 * Retries a request when the response status or error code, or a transport error, says it may
 * succeed later.
 * The final response carries `x-switchyard-retry-attempt-count`: the number of retries made, or
 * `-1` when retrying stopped (attempts or budget spent, `Retry-After` too long) while the status
 * was still retryable, as Portkey's `x-portkey-retry-attempt-count`.
 *
 * The request body is buffered once when it is a stream, so every attempt sends it again. A caller's
 * abort is never retried and ends a backoff wait at once. The body of every discarded response is
 * cancelled. An event stream is retried only if it fails before its first byte; once a byte is
 * handed on, the caller owns the stream. A 503 carrying `x-switchyard-circuit` (an open circuit
 * breaker) is never retried: the breaker already knows the upstream is down. A breaker's circuit
 * probe on `next` is forwarded, so `compose(retry(), breaker(), ...)` stays visible to `loadbalance`.
 *
 * @throws TypeError at factory time naming the first invalid option.
 */
export function retry(options: RetryOptions = {}): Middleware {
  const settings = resolveRetryOptions(options);
  const isRetryableResponse = retryableResponseRule(settings);
  return (next) =>
    forwardCircuitProbe(next, async function retry(request) {
      // `undefined` when nothing can abort the call: the happy path then makes no signal to listen to.
      const callerSignal = transportSignal(request);
      callerSignal?.throwIfAborted();
      settings.budget?.deposit();
      if (!isBodyReplayable(request)) await bufferBody(request);
      let retriesMade = 0;
      try {
        // The first call runs outside p-retry, so the happy path pays for nothing but this call.
        // It is also awaited here rather than through `attempt`, one async call less.
        let firstFailure: unknown;
        try {
          let response = finalResponse(await next(request), callerSignal, isRetryableResponse);
          if (response instanceof Promise) response = await response;
          return withResponseHeaders(response, { [responseHeaders.retryAttemptCount]: '0' });
        } catch (error) {
          firstFailure = error;
        }
        // Same aborts as `callerSignal`, as a signal p-retry and the backoff sleep can listen to.
        const signal = requestSignal(request);
        if (settings.attempts === 0 || !(await decideAndWait(settings, signal, firstFailure, 1)))
          throw firstFailure;
        const response = await pRetry(
          (attemptNumber) => {
            retriesMade = attemptNumber;
            // Each retry gets a request of its own, its body unread, whatever the last attempt did with its own.
            return attempt(next, replayRequest(request, next), signal, isRetryableResponse);
          },
          {
            retries: settings.attempts - 1,
            signal,
            // Waits are decided and slept in `shouldRetry`, so p-retry's own delay is zero.
            minTimeout: 0,
            maxTimeout: 0,
            shouldRetry: ({ error, attemptNumber }) =>
              decideAndWait(settings, signal, error, attemptNumber + 1),
          },
        );
        return withResponseHeaders(response, { [responseHeaders.retryAttemptCount]: String(retriesMade) });
      } catch (error) {
        if (error instanceof RetryableResponse && !callerSignal?.aborted) {
          return withResponseHeaders(error.response, { [responseHeaders.retryAttemptCount]: '-1' });
        }
        if (error instanceof RetryableResponse) discardBody(error.response);
        throw callerSignal?.aborted ? callerSignal.reason : error;
      }
    });
}

/**
 * Whether an answer is retried: `true`/`false` when its status decides, else a promise of the
 * answer to hand on (its error body read to learn its code) and the decision. Never an answer
 * carrying `x-switchyard-circuit`.
 */
type RetryableResponseRule = (
  response: Response,
) => boolean | Promise<{ response: Response; retryable: boolean }>;

function retryableResponseRule(settings: RetrySettings): RetryableResponseRule {
  const { onStatusCodes, onErrorCodes, when } = settings;
  if (onErrorCodes === undefined) {
    return (response) => onStatusCodes.has(response.status) && !response.headers.has(responseHeaders.circuit);
  }
  return (response) => {
    if (response.headers.has(responseHeaders.circuit)) return false;
    if (onStatusCodes.has(response.status)) return true;
    // A 2xx answer has no code: without `when`, nothing to read.
    if (response.ok && when === undefined) return false;
    return responseOutcome(response).then(({ outcome, response: answer }) => ({
      response: answer,
      retryable: (outcome.code !== undefined && onErrorCodes.has(outcome.code)) || when?.(outcome) === true,
    }));
  };
}

/** One call: its response when it is final, else thrown (see `finalResponse`). */
async function attempt(
  next: Handler,
  request: Request,
  signal: AbortSignal | undefined,
  isRetryableResponse: RetryableResponseRule,
): Promise<Response> {
  return finalResponse(await next(request), signal, isRetryableResponse);
}

/**
 * A call's `response` when it is final, else thrown: a retryable answer as `RetryableResponse`, the
 * caller's abort as its reason. An event stream is returned once its first byte came (a promise),
 * and one that fails before it throws that error from the promise.
 */
function finalResponse(
  response: Response,
  signal: AbortSignal | undefined,
  isRetryableResponse: RetryableResponseRule,
): Response | Promise<Response> {
  if (signal?.aborted) {
    discardBody(response);
    throw signal.reason;
  }
  const retryable = isRetryableResponse(response);
  if (retryable === true) throw new RetryableResponse(response);
  if (retryable === false) return firstByteReady(response, signal);
  return retryable.then((judged) => {
    if (judged.retryable) throw new RetryableResponse(judged.response);
    return firstByteReady(judged.response, signal);
  });
}

/**
 * Whether to make retry number `retryNumber` after a failed call (`error`: what it threw, or the
 * retryable response); when yes, discards the response and waits first.
 */
async function decideAndWait(
  settings: RetrySettings,
  signal: AbortSignal,
  error: unknown,
  retryNumber: number,
) {
  if (signal.aborted) return false;
  let delayMs: number | undefined;
  let status: number | undefined;
  if (error instanceof RetryableResponse) {
    status = error.response.status;
    if (settings.retryAfterCapMs !== undefined) {
      delayMs = retryAfterMs(error.response.headers, settings.now);
      if (delayMs !== undefined && delayMs > settings.retryAfterCapMs) return false;
    }
  } else if (!settings.retryOnError(error) && settings.when?.(errorOutcome(error)) !== true) {
    return false;
  }
  if (settings.budget && !settings.budget.tryWithdraw()) return false;
  if (error instanceof RetryableResponse) discardBody(error.response);
  delayMs ??= backoffDelayMs(settings.backoff, retryNumber, settings.random);
  settings.onRetry?.(
    status === undefined ? { retry: retryNumber, delayMs, error } : { retry: retryNumber, delayMs, status },
  );
  if (delayMs > 0) await sleep(delayMs, signal);
  return true;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
      reject(signal.reason);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
