import { TimeoutError } from '@switchyard/core';
import { type BodyLimits, discardBody, limitBody } from '@switchyard/core/internal';
import { errorToResponse } from './error-to-response.js';
import type { TimeLimits } from './gateway-limits.js';

/**
 * One request's time limits, kept by the gateway's front on the `AbortController` its pipeline
 * request's signal comes from (so no request is derived and no signal combined for them): the
 * request deadline from the moment the body was read, and the idle timeout inside an event stream.
 */
export class RequestClock {
  private readonly endsAt: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly limits: TimeLimits,
    private readonly controller: AbortController,
  ) {
    this.endsAt = limits.requestDeadlineMs > 0 ? Date.now() + limits.requestDeadlineMs : undefined;
  }

  /**
   * `pending` (the pipeline's answer), or, when the deadline passes first, the 504 for it: the
   * pipeline is aborted and a late answer's body released. The deadline keeps running until
   * `body` hands it to an event stream, or `stop`.
   */
  answer(pending: Promise<Response>): Promise<Response> {
    const ms = this.limits.requestDeadlineMs;
    if (ms === 0) return pending;
    let answered = false;
    return new Promise<Response>((resolve, reject) => {
      this.timer = setTimeout(() => {
        if (this.stopped) return;
        const reason = new TimeoutError(ms);
        // After the answer came, this cuts the body still being written, as a client's abort does.
        this.controller.abort(reason);
        if (answered) return;
        answered = true;
        resolve(errorToResponse(reason));
        pending.then(discardBody, () => undefined);
      }, ms);
      pending.then(
        (response) => {
          if (answered) return;
          answered = true;
          resolve(response);
        },
        (error: unknown) => {
          if (answered) return;
          answered = true;
          reject(error);
        },
      );
    });
  }

  /**
   * `response` for the client: an event stream held to the idle timeout and to what is left of the
   * deadline (it then ends with an error event in OpenAI's shape and its upstream is closed); any
   * other answer as it is, still under the deadline until `stop`.
   */
  body(response: Response): Response {
    const limits = this.bodyLimits(response);
    return limits === undefined ? response : limitBody(response, limits);
  }

  /**
   * What `body` would hold `response`'s body to, for a writer that enforces the limits itself while
   * it pumps the body (see `startBodyClock`), so no stream is made for them: for an event stream,
   * the idle timeout and what is left of the deadline, whose own timer stops here; `undefined` for
   * any other answer (still under the deadline until `stop`) and when no limit is set.
   */
  bodyLimits(response: Response): BodyLimits | undefined {
    if (!response.headers.get('content-type')?.startsWith('text/event-stream')) return undefined;
    const idleMs = this.limits.streamIdleTimeoutMs;
    if (idleMs === 0 && this.endsAt === undefined) return undefined;
    this.stop(); // the stream's own limits take over
    return {
      endsAt: this.endsAt,
      totalMs: this.limits.requestDeadlineMs || undefined,
      idleMs: idleMs || undefined,
      expiry: this.controller,
    };
  }

  /** Ends the deadline: the answer is out (or the request is over). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
