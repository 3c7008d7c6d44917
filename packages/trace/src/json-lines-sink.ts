import { createWriteStream } from 'node:fs';
import type { TraceSink } from './trace-record.js';

/** Anything with a `write(text)` method: `process.stdout`, a `fs.WriteStream`, a socket. */
export interface TextWritable {
  write(chunk: string): unknown;
}

/** A sink writing JSON lines; `close()` flushes and closes a file it opened itself. */
export interface JsonLinesSink extends TraceSink {
  /** Ends the file stream when the sink opened one from a path; a no-op for a given stream. */
  close(): Promise<void>;
}

/**
 * A sink writing each record as one line of JSON. Given a path, appends to that file (created when
 * missing); given a stream, writes to it and leaves closing it to the caller.
 *
 * @throws TypeError when `target` is neither a non-empty path nor an object with `write`.
 */
export function jsonLinesSink(target: string | URL | TextWritable): JsonLinesSink {
  let stream: TextWritable;
  let close: () => Promise<void>;
  if (typeof target === 'string' || target instanceof URL) {
    if (target === '') throw new TypeError('jsonLinesSink: path must not be empty');
    const file = createWriteStream(target, { flags: 'a' });
    stream = file;
    close = () =>
      new Promise<void>((resolve, reject) =>
        file.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
  } else if (typeof target === 'object' && target !== null && typeof target.write === 'function') {
    stream = target;
    close = () => Promise.resolve();
  } else {
    throw new TypeError('jsonLinesSink: target must be a file path, a URL or a stream with write()');
  }
  const sink = ((record) => {
    stream.write(`${JSON.stringify(record)}\n`);
  }) as JsonLinesSink;
  sink.close = close;
  return sink;
}
