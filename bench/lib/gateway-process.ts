import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { forkListening } from './child-process.js';

/** What a gateway's process reports about itself. */
export interface ProcessStats {
  /** CPU time (user + system, every thread) since the process started, µs. */
  cpuUs: number;
  /** Resident set size now, bytes. */
  rssBytes: number;
  /** The highest resident set size since the process started (the kernel's high-water mark), bytes. */
  maxRssBytes: number;
}

/** A gateway running in its own process. */
export interface GatewayChild {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /**
   * Asks the process for its `ProcessStats`, one question at a time; with `collect`, after a full
   * garbage collection (so the resident memory is what is live). Default: no collection.
   */
  stats(options?: { collect?: boolean }): Promise<ProcessStats>;
  /** Asks the process to exit (killed after 2 s) and waits for it. */
  close(): Promise<void>;
}

const childPath = fileURLToPath(new URL('./gateway-child.mjs', import.meta.url));

/**
 * Starts a gateway in a fresh Node process (plain Node: no tsx loader adds to its memory), bound to
 * 127.0.0.1 on a free port, and resolves once it listens:
 * - `bare-proxy`: a `node:http` proxy to `upstream` that parses the JSON body, forwards it with
 *   `undici.request` and writes the answer back chunk by chunk (the floor of any Node gateway);
 * - `switchyard`: `serve()` from the built `@switchyard/server`, with `serveOptions` (JSON-able) when given.
 *
 * @throws Error naming the role when the process exits before listening.
 */
export async function startGateway(role: 'bare-proxy', upstream: string): Promise<GatewayChild>;
export async function startGateway(
  role: 'switchyard',
  serveOptions?: Record<string, unknown>,
): Promise<GatewayChild>;
export async function startGateway(
  role: string,
  argument?: string | Record<string, unknown>,
): Promise<GatewayChild> {
  const { port, child, close } = await forkListening(
    childPath,
    argument === undefined
      ? [role]
      : [role, typeof argument === 'string' ? argument : JSON.stringify(argument)],
    [
      '--expose-gc',
      // GATEWAY_CPU_PROF=<dir> writes each gateway process's .cpuprofile there, to find where time goes.
      ...(process.env.GATEWAY_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.GATEWAY_CPU_PROF}`]
        : []),
    ],
    role,
  );
  return {
    origin: `http://127.0.0.1:${port}`,
    async stats(options = {}) {
      child.send(options.collect ? 'stats after gc' : 'stats');
      const [answer] = (await once(child, 'message')) as [{ stats: ProcessStats }];
      return answer.stats;
    },
    close,
  };
}
