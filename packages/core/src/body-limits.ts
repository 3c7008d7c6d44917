import { TimeoutError } from './errors/timeout-error.js';
import { formatSseEvent } from './sse-write.js';

/** What `limitBody` holds a response body to. */
export interface BodyLimits {
  /** When the whole answer must be done, as a `Date.now()` time. Default: no such limit. */
  endsAt?: number | undefined;
  /** The deadline `endsAt` stands for, in milliseconds, for the messages. */
  totalMs?: number | undefined;
  /** The longest wait for the next chunk, counted only while the reader waits. Default: none. */
  idleMs?: number | undefined;
  /** Aborted with the `TimeoutError` when a limit passes, so the call that makes the body stops too. */
  expiry: AbortController;
  /** Called once the body is done: read to its end, failed, cancelled, or cut by a limit. */
  onEnd?: (() => void) | undefined;
}

const encoder = new TextEncoder();

/**
 * `response` with its body held to `limits`: when one passes, `expiry` is aborted, the body is
 * cancelled upstream, and an event stream ends with one last event in OpenAI's error shape
 * (`type: "timeout_error"`, `code: "stream_idle_timeout"` or `"request_deadline"`) and closes;
 * any other body errors with `TimeoutError`. A `response` without a body is returned as it is
 * (`onEnd` is called at once).
 */
export function limitBody(response: Response, limits: BodyLimits): Response {
  if (response.body === null) {
    limits.onEnd?.();
    return response;
  }
  return new Response(limitedStream(response, limits), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function limitedStream(response: Response, limits: BodyLimits): ReadableStream<Uint8Array> {
  const source = response.body!.getReader();
  const eventStream = response.headers.get('content-type')?.startsWith('text/event-stream') === true;
  let clock!: BodyClock;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        clock = startBodyClock(limits, (reason, lastEvent) => {
          source.cancel(reason).catch(() => undefined);
          if (!eventStream) {
            controller.error(reason);
            return;
          }
          controller.enqueue(lastEvent);
          controller.close();
        });
      },
      async pull(controller) {
        clock.waiting();
        let result: Awaited<ReturnType<typeof source.read>>;
        try {
          result = await source.read();
        } catch (error) {
          if (clock.finish()) controller.error(error);
          return;
        } finally {
          clock.arrived();
        }
        if (clock.finished) return;
        if (result.done) {
          clock.finish();
          controller.close();
          return;
        }
        controller.enqueue(result.value);
      },
      cancel(reason) {
        clock.finish();
        return source.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}

/** The clock of one body held to `BodyLimits`, told by whoever reads the body when it waits. */
export interface BodyClock {
  /** True once the body is done: ended, failed, cancelled, or cut by a limit. */
  readonly finished: boolean;
  /** The reader waits for the next chunk from now: the idle timeout counts. */
  waiting(): void;
  /** The wait is over (a chunk, the end or a failure came). */
  arrived(): void;
  /** The body is done: stops the clock and calls `onEnd`. False when it was done already. */
  finish(): boolean;
}

/**
 * Starts the clock of a body held to `limits`, for a reader that pumps the body itself (`limitBody`,
 * or a server writing it to a socket, which so needs no stream of its own). When a limit passes
 * first, the clock finishes, `limits.expiry` is aborted with the `TimeoutError`, and `expire` gets
 * it with the event that ends an event stream in OpenAI's error shape; the reader then cancels the
 * body. One timer serves both limits: it is re-armed when it fires early rather than reset on every
 * chunk, so a chunk costs a clock read and nothing more.
 */
export function startBodyClock(
  limits: BodyLimits,
  expire: (reason: TimeoutError, lastEvent: Uint8Array) => void,
): BodyClock {
  const { endsAt, idleMs } = limits;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let finished = false;

  const finish = () => {
    if (finished) return false;
    finished = true;
    clearTimeout(timer);
    limits.onEnd?.();
    return true;
  };
  const arm = () => {
    const now = Date.now();
    let wait = endsAt === undefined ? Number.POSITIVE_INFINITY : endsAt - now;
    if (idleMs !== undefined) wait = Math.min(wait, (waitingSince ?? now) + idleMs - now);
    timer = setTimeout(check, Math.max(0, wait));
  };
  const check = () => {
    const now = Date.now();
    if (endsAt !== undefined && now >= endsAt) {
      cut(
        limits.totalMs!,
        `The answer did not finish within the deadline of ${limits.totalMs} ms`,
        'request_deadline',
      );
    } else if (idleMs !== undefined && waitingSince !== undefined && now - waitingSince >= idleMs) {
      cut(idleMs, `The upstream stream sent nothing for ${idleMs} ms`, 'stream_idle_timeout');
    } else {
      arm();
    }
  };
  const cut = (ms: number, message: string, code: string) => {
    if (!finish()) return;
    const reason = new TimeoutError(ms);
    limits.expiry.abort(reason);
    const error = { message, type: 'timeout_error', param: null, code };
    expire(reason, encoder.encode(formatSseEvent(JSON.stringify({ error }))));
  };

  arm();
  return {
    get finished() {
      return finished;
    },
    waiting() {
      waitingSince = Date.now();
    },
    arrived() {
      waitingSince = undefined;
    },
    finish,
  };
}
