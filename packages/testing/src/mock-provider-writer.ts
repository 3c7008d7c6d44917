import type { ServerResponse } from 'node:http';

/** How a `Response` is written to the wire. */
export interface WriteOptions {
  /** Fires when the client has gone or the server is closing; writing stops at once. */
  gone: AbortSignal;
  /** Pause between chunks of an SSE body, in milliseconds. */
  chunkDelayMs: number;
  /** Cut the connection after this many body chunks. Default: send the whole body. */
  cutAfterChunks?: number;
}

/** Writes `response` (status, headers, body chunk by chunk) to `res`, honouring a cut and pacing. */
export async function writeResponse(
  res: ServerResponse,
  response: Response,
  options: WriteOptions,
): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { gone, cutAfterChunks } = options;
  const paced = options.chunkDelayMs > 0 && (headers['content-type'] ?? '').startsWith('text/event-stream');
  res.writeHead(response.status, headers);
  if (cutAfterChunks === 0) {
    res.flushHeaders();
    cut(res);
    await response.body?.cancel();
    return;
  }
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  let sent = 0;
  let finished = false;
  try {
    while (!gone.aborted) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        res.end();
        return;
      }
      if (paced && sent > 0 && !(await sleep(options.chunkDelayMs, gone))) return;
      if (gone.aborted) return;
      if (!res.write(value)) await drained(res, gone);
      sent += 1;
      if (sent === cutAfterChunks) {
        cut(res);
        return;
      }
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/** Ends the connection once what was written has been flushed, so the client sees a truncated body. */
function cut(res: ServerResponse): void {
  const socket = res.socket;
  if (!socket) return;
  socket.end(() => socket.destroy());
}

/** Waits `ms`; resolves `false` at once if `gone` fires first. Clears its timer on every path. */
export function sleep(ms: number, gone: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (gone.aborted) {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      gone.removeEventListener('abort', onGone);
      resolve(true);
    }, ms);
    function onGone(): void {
      clearTimeout(timer);
      resolve(false);
    }
    gone.addEventListener('abort', onGone, { once: true });
  });
}

function drained(res: ServerResponse, gone: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      gone.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    gone.addEventListener('abort', done, { once: true });
  });
}
