import cluster, { type Worker } from 'node:cluster';

/** How long the primary waits for its workers to stop before it stops them hard. */
const stopDeadlineMs = 15_000;

/**
 * The `--workers N` primary: forks `count` processes that each run the same command (Node's
 * cluster shares the listening port between them), passes SIGHUP on to them (keys read again in
 * every worker), stops them on SIGINT/SIGTERM, and starts a worker again when one dies otherwise.
 * Resolves once every worker listens.
 */
export async function runPrimary(count: number, log: (line: string) => void): Promise<void> {
  let stopping = false;
  let started = false;
  const workers = new Set<Worker>();
  const fork = (): Worker => {
    const worker = cluster.fork();
    workers.add(worker);
    worker.once('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping) {
        if (workers.size === 0) process.exit(started ? 0 : 1);
        return;
      }
      // A worker that cannot start (a bad option, a port in use) would fail the same way again.
      if (!started) {
        stopping = true;
        for (const other of workers) other.process.kill('SIGTERM');
        return;
      }
      log(`switchyard: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
      fork();
    });
    return worker;
  };
  const listening = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<void>((resolve, reject) => {
      worker.once('listening', () => resolve());
      worker.once('exit', (code) => reject(new Error(`a worker exited with ${code} before listening`)));
    });
  });
  // Every rejection is reported once, by the first.
  for (const promise of listening) promise.catch(() => undefined);
  process.on('SIGHUP', () => {
    for (const worker of workers) worker.process.kill('SIGHUP');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1);
      stopping = true;
      for (const worker of workers) worker.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of workers) worker.process.kill('SIGKILL');
        process.exit(1);
      }, stopDeadlineMs).unref();
    });
  }
  await Promise.all(listening);
  started = true;
  log(
    `switchyard: ${count} workers listening (pids ${[...workers].map((worker) => worker.process.pid).join(', ')})`,
  );
}
