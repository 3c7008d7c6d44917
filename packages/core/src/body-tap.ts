/** How a response body ended, as a tap learns it. */
export type BodyOutcome = 'completed' | 'cancelled' | 'error';

/**
 * Watches (and may rewrite) a response body chunk by chunk as it is read: what `trace` uses to
 * learn usage from a body without holding it.
 */
export interface BodyTap {
  /** Each chunk on its way to the reader; returns the bytes to deliver instead (`null`: none). */
  transform(chunk: Uint8Array): Uint8Array | null;
  /** At the body's normal end: bytes to deliver last (`null`: none). */
  flush(): Uint8Array | null;
  /** Called once, when the body completed, failed or was cancelled by its reader. */
  end(outcome: BodyOutcome, error?: unknown): void;
}

/**
 * The producer's side of a tappable body: a stream made in Switchyard (a transport's response
 * body, a replayed stream) runs every chunk through the taps attached to it, so watching it costs
 * no second stream and no second `Response`.
 */
export interface BodyTapPoint {
  /** Runs `chunk` through the taps; returns what to enqueue (`null`: nothing). */
  chunk(chunk: Uint8Array): Uint8Array | null;
  /** At the normal end, before closing: what the taps still have to deliver (`null`: nothing). */
  flush(): Uint8Array | null;
  /** Tells every tap how the body ended. Only the first call counts. */
  end(outcome: BodyOutcome, error?: unknown): void;
}

class TapPoint implements BodyTapPoint {
  readonly taps: BodyTap[] = [];
  /** Set at the first delivery: a tap attached later would miss bytes, so none may attach then. */
  started = false;
  private ended = false;

  chunk(chunk: Uint8Array): Uint8Array | null {
    this.started = true;
    return this.through(0, chunk);
  }

  flush(): Uint8Array | null {
    this.started = true;
    let out: Uint8Array | null = null;
    for (let index = 0; index < this.taps.length; index++) {
      // What an inner tap releases at the end still passes through the taps outside it.
      const released = this.through(index + 1, this.taps[index]!.flush());
      out = out === null ? released : released === null ? out : concat(out, released);
    }
    return out;
  }

  end(outcome: BodyOutcome, error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    for (const tap of this.taps) tap.end(outcome, error);
    // The point can outlive its body (a WeakMap value lasts until a full collection): let go of
    // the taps, and all they hold of their request, now, so minor collections do not promote them.
    this.taps.length = 0;
  }

  private through(from: number, chunk: Uint8Array | null): Uint8Array | null {
    for (let index = from; index < this.taps.length && chunk !== null; index++) {
      chunk = this.taps[index]!.transform(chunk);
    }
    return chunk;
  }
}

const points = new WeakMap<ReadableStream<Uint8Array>, TapPoint>();

/**
 * Makes `stream` tappable; its producer must pass every chunk through the returned point before
 * enqueueing it, call `flush` before closing, and `end` when it closes, fails or is cancelled. A
 * producer should deliver only when its reader asks (`highWaterMark: 0`), so taps attached before
 * the first read see every byte.
 */
export function tapPoint(stream: ReadableStream<Uint8Array>): BodyTapPoint {
  const point = new TapPoint();
  points.set(stream, point);
  return point;
}

/**
 * Attaches `tap` to a tappable body that has not started delivering. Returns false (nothing
 * attached) otherwise; `tapResponse` then wraps the body instead.
 */
export function tapBody(body: ReadableStream<Uint8Array>, tap: BodyTap): boolean {
  const point = points.get(body);
  if (point === undefined || point.started || body.locked) return false;
  point.taps.push(tap);
  return true;
}

/**
 * `response` with `tap` watching its body as the reader reads it: the same `Response` when the
 * body is tappable (no copy), else a new one around a stream that applies the tap (and is tappable
 * itself). A response without a body is returned as it is and the tap is never called.
 */
export function tapResponse(response: Response, tap: BodyTap): Response {
  const body = response.body;
  if (body === null || tapBody(body, tap)) return response;
  const tapped = tappedStream(body.getReader());
  tapBody(tapped, tap);
  return new Response(tapped, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * What `reader` reads (after `held`, a chunk already read from it), re-delivered through a tap
 * point of its own and read only as the new stream's reader asks. Cancelling it cancels `reader`.
 */
export function tappedStream(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  held?: Uint8Array,
): ReadableStream<Uint8Array> {
  let point!: BodyTapPoint;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        while (true) {
          if (held !== undefined) {
            const out = point.chunk(held);
            held = undefined;
            if (out === null) continue;
            controller.enqueue(out);
            return;
          }
          let read: Awaited<ReturnType<typeof reader.read>>;
          try {
            read = await reader.read();
          } catch (error) {
            point.end('error', error);
            controller.error(error);
            return;
          }
          if (read.done) {
            const last = point.flush();
            if (last !== null) controller.enqueue(last);
            controller.close();
            point.end('completed');
            return;
          }
          const out = point.chunk(read.value);
          if (out !== null) {
            controller.enqueue(out);
            return;
          }
        }
      },
      cancel(reason) {
        point.end('cancelled');
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  point = tapPoint(stream);
  return stream;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(a.length + b.length);
  bytes.set(a, 0);
  bytes.set(b, a.length);
  return bytes;
}
