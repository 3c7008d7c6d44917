/**
 * `promise`, or a rejection naming `what` when it has not settled within `ms` milliseconds. The
 * timer is cleared either way, so a pending call never keeps the process alive. For clients (Redis)
 * whose commands take no signal: the command itself runs on, its answer is ignored.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not answered within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
