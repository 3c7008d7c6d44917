import { fileURLToPath } from 'node:url';
import { forkListening } from './child-process.js';

/** What the benchmark server answers to every request. */
export interface BenchServerConfig {
  /**
   * `json`: a fixed chat-completion JSON (or `body`); `sse`: a chat-completion stream of `chunks`
   * events plus `[DONE]`; `echo`: the request body streamed back. Default: `json`.
   */
  kind?: 'json' | 'sse' | 'echo';
  /** The JSON body for `kind: 'json'`. Default: a small OpenAI chat completion. */
  body?: unknown;
  /** Number of SSE chunk events for `kind: 'sse'`. Default: 20. */
  chunks?: number;
  /**
   * For `kind: 'sse'`: milliseconds between chunk events, as a model streams tokens (the headers
   * go out at once; `[DONE]` follows the last chunk after one more interval); `0` writes the whole
   * stream at once. Default: 0.
   */
  intervalMs?: number;
  /**
   * For `kind: 'sse'` written at once: end the stream as OpenAI does, with a finish reason and, when
   * the request asks for it (`stream_options.include_usage`), a usage chunk. Default: false.
   */
  usage?: boolean;
  /**
   * Statuses answered in turn, cycling (`[429, 200]` alternates); non-200 statuses carry an OpenAI
   * error body. Default: `[200]`.
   */
  statuses?: number[];
}

/** A running benchmark server in a child process. */
export interface BenchServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  readonly port: number;
  /** Stops the server and waits for its process to exit. */
  close(): Promise<void>;
}

const childPath = fileURLToPath(new URL('./server-child.mjs', import.meta.url));

/**
 * Starts a `node:http` server on 127.0.0.1, port 0, in a child process (so its CPU time is not
 * charged to the client being measured) and resolves once it listens.
 */
export async function startBenchServer(config: BenchServerConfig = {}): Promise<BenchServer> {
  const { port, close } = await forkListening(childPath, [JSON.stringify(config)], [], 'bench server');
  return { origin: `http://127.0.0.1:${port}`, port, close };
}
