/**
 * Runs `task(0..count-1)` with at most `concurrency` in flight and returns every outcome, in
 * order. A task still unsettled after `hangAfterMs` is recorded as hung (and left to finish in the
 * background), so a hang fails the test with a count instead of stalling it.
 */
export async function runConcurrently<T>(
  count: number,
  concurrency: number,
  hangAfterMs: number,
  task: (index: number) => Promise<T>,
): Promise<Array<{ ok: true; value: T } | { ok: false; error: unknown } | { ok: false; hung: true }>> {
  const outcomes: Awaited<ReturnType<typeof runConcurrently<T>>> = new Array(count);
  let next = 0;
  const hung = Symbol('hung');
  const worker = async () => {
    while (next < count) {
      const index = next++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<typeof hung>((resolve) => {
        timer = setTimeout(() => resolve(hung), hangAfterMs);
      });
      try {
        const running = task(index);
        // A hung task may still settle later; its outcome is already recorded as hung.
        running.catch(() => {});
        const value = await Promise.race([running, deadline]);
        outcomes[index] = value === hung ? { ok: false, hung: true } : { ok: true, value: value as T };
      } catch (error) {
        outcomes[index] = { ok: false, error };
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return outcomes;
}
