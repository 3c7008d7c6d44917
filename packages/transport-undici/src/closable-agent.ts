import { Agent, Client, type Dispatcher, Pool } from 'undici';

/** An undici `Agent` and a `close` that cannot be held open by a stream nobody reads. */
export interface ClosableAgent {
  readonly agent: Agent;
  /**
   * Closes the agent gracefully, and destroys every connection still open once `deadlineMs` has
   * passed. Resolves when everything is closed, by the deadline at the latest.
   */
  close(deadlineMs: number): Promise<void>;
}

/**
 * An `Agent` whose per-origin pools are known to it. `Agent.close()` forgets its pools at once and
 * waits for their requests, so an `Agent.destroy()` after it reaches nothing: a stalled stream
 * would hold `close()` for ever. The pools are kept here instead (those already destroyed are
 * dropped as new ones are made), so they can be destroyed when the deadline passes.
 */
export function closableAgent(options: Agent.Options): ClosableAgent {
  const pools = new Set<Dispatcher & { destroyed: boolean }>();
  const agent = new Agent({
    ...options,
    // Agent's own default factory, remembering what it makes.
    factory(origin, settings) {
      for (const pool of pools) if (pool.destroyed) pools.delete(pool);
      const made =
        (settings as Pool.Options).connections === 1
          ? new Client(origin, settings as Client.Options)
          : new Pool(origin, settings as Pool.Options);
      pools.add(made);
      return made;
    },
  });
  return {
    agent,
    async close(deadlineMs) {
      const open = [...pools];
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<true>((resolve) => {
        timer = setTimeout(() => resolve(true), deadlineMs);
      });
      const graceful = agent.close().then(() => false as const);
      try {
        if (await Promise.race([graceful, expired])) {
          await Promise.all(open.map((pool) => pool.destroy()));
          await graceful;
        }
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
