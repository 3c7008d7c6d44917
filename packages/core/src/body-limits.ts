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
 * (`onEnd` is called at once). One timer serves both limits: it is re-armed when it fires early
 * rather than reset on every chunk, so a chunk costs a clock read and nothing more.
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
  const { endsAt, idleMs } = limits;
  let output!: ReadableStreamDefaultController<Uint8Array>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let finished = false;

  const finish = () => {
    finished = true;
    clearTimeout(timer);
    limits.onEnd?.();
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
      expire(
        limits.totalMs!,
        `The answer did not finish within the deadline of ${limits.totalMs} ms`,
        'request_deadline',
      );
    } else if (idleMs !== undefined && waitingSince !== undefined && now - waitingSince >= idleMs) {
      expire(idleMs, `The upstream stream sent nothing for ${idleMs} ms`, 'stream_idle_timeout');
    } else {
      arm();
    }
  };
  const expire = (ms: number, message: string, code: string) => {
    if (finished) return;
    finish();
    const reason = new TimeoutError(ms);
    limits.expiry.abort(reason);
    source.cancel(reason).catch(() => undefined);
    if (!eventStream) {
      output.error(reason);
      return;
    }
    const error = { message, type: 'timeout_error', param: null, code };
    output.enqueue(encoder.encode(formatSseEvent(JSON.stringify({ error }))));
    output.close();
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        output = controller;
        arm();
      },
      async pull(controller) {
        waitingSince = Date.now();
        let result: Awaited<ReturnType<typeof source.read>>;
        try {
          result = await source.read();
        } catch (error) {
          if (!finished) {
            finish();
            controller.error(error);
          }
          return;
        } finally {
          waitingSince = undefined;
        }
        if (finished) return;
        if (result.done) {
          finish();
          controller.close();
          return;
        }
        controller.enqueue(result.value);
      },
      cancel(reason) {
        finish();
        return source.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
