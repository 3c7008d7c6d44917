import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';

/** A forked process whose server listens on 127.0.0.1. */
export interface ListeningChild {
  readonly port: number;
  readonly child: ChildProcess;
  /** Asks the process to exit (`close` on its IPC channel; killed after 2 s) and waits for it. */
  close(): Promise<void>;
}

/** What `forkListening` may change in how the child runs. */
export interface ForkOptions {
  /** The child's environment. Default: this process's. */
  env?: NodeJS.ProcessEnv;
  /** Where the child's stdout goes (`ignore`: a chatty server's console output). Default: `inherit`. */
  stdout?: 'inherit' | 'ignore';
}

/**
 * Forks `path` with `args`, Node flags `execArgv` and an IPC channel, and resolves once the child
 * sends `{ port }`. The child's stderr (and by default its stdout) are this process's.
 *
 * @throws Error naming `name` when the child exits before it listens.
 */
export async function forkListening(
  path: string,
  args: readonly string[],
  execArgv: readonly string[],
  name: string,
  options: ForkOptions = {},
): Promise<ListeningChild> {
  const child = fork(path, args, {
    execArgv: [...execArgv],
    stdio: ['ignore', options.stdout ?? 'inherit', 'inherit', 'ipc'],
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  const exited = once(child, 'exit');
  const [message] = (await Promise.race([
    once(child, 'message'),
    exited.then(([code]) => {
      throw new Error(`${name} exited before listening (code ${String(code)})`);
    }),
  ])) as [{ port: number }];
  return {
    port: message.port,
    child,
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send('close');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
