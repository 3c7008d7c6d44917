import { limitBody } from './body-limits.js';
import { forwardCircuitProbe } from './circuit-probe.js';
import { deriveRequest } from './derive-request.js';
import { discardBody } from './discard-body.js';
import { TimeoutError } from './errors/timeout-error.js';
import type { Middleware } from './handler.js';
import { transportSignal } from './transport-signal.js';

/** Options of `deadline`. */
export interface DeadlineOptions {
  /**
   * The whole call in milliseconds, from the request until the last byte of the answer. Default:
   * none.
   */
  totalMs?: number;
  /**
   * The longest wait for the next chunk of the answer's body, in milliseconds. It counts only while
   * the reader is waiting, so a reader that is slow to ask is never taken for a stalled upstream.
   * Default: none.
   */
  idleMs?: number;
}

/**
 * Bounds a whole call, streams included: `totalMs` for everything, `idleMs` between two chunks of
 * the answer's body. When `totalMs` passes before the answer, the downstream call is aborted and
 * the caller's promise rejects with `TimeoutError` (a gateway answers 504). When a limit passes
 * while the body is read, the body upstream is cancelled and the downstream signal aborted; an event
 * stream then ends with one last event in OpenAI's error shape (`data: {"error": {..., "type":
 * "timeout_error", "code": "stream_idle_timeout" | "request_deadline"}}`) and closes, as OpenAI
 * reports a failure mid-stream, and any other body errors with `TimeoutError`. A caller's own abort
 * rejects with the caller's reason. Unlike `timeout()`, which gives an attempt until its first byte
 * and answers a retryable 408, this is the outer bound an operator puts around everything.
 *
 * @throws TypeError when `totalMs` or `idleMs` is not a positive integer.
 */
export function deadline(options: DeadlineOptions): Middleware {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('deadline: options must be an object like { totalMs, idleMs }');
  }
  const totalMs = checkMs('totalMs', options.totalMs);
  const idleMs = checkMs('idleMs', options.idleMs);
  return (next) => {
    if (totalMs === undefined && idleMs === undefined) return next;
    return forwardCircuitProbe(next, async function deadline(request) {
      const endsAt = totalMs === undefined ? undefined : Date.now() + totalMs;
      // The caller's own signal (none when the caller cannot abort), not the Request's follower.
      const caller = transportSignal(request);
      if (caller?.aborted) throw caller.reason;
      // One signal for the call below, which the caller's abort is forwarded to: cheaper than
      // `AbortSignal.any`, and let go of as soon as the call and its body are done.
      const expiry = new AbortController();
      const forward = () => expiry.abort(caller!.reason);
      caller?.addEventListener('abort', forward, { once: true });
      const release = () => caller?.removeEventListener('abort', forward);
      const pending = next(deriveRequest(request, { signal: expiry.signal }, next));
      let response: Response;
      if (totalMs === undefined) {
        try {
          response = await pending;
        } catch (error) {
          release();
          throw error;
        }
      } else {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const expired = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
            const reason = new TimeoutError(totalMs);
            expiry.abort(reason);
            reject(reason);
          }, totalMs);
        });
        try {
          response = await Promise.race([pending, expired]);
        } catch (error) {
          release();
          if (caller?.aborted) throw caller.reason;
          throw expiry.signal.aborted ? expiry.signal.reason : error;
        } finally {
          clearTimeout(timer);
          // A handler that ignored the abort may still answer: release that late answer's body.
          if (expiry.signal.aborted) pending.then(discardBody, () => undefined);
        }
      }
      return limitBody(response, { endsAt, totalMs, idleMs, expiry, onEnd: release });
    });
  };
}

function checkMs(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new TypeError(
      `deadline: ${name} must be a positive integer number of milliseconds; got ${String(value)}`,
    );
  }
  return value;
}
