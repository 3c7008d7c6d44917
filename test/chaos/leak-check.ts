/** Kinds of libuv handles that would keep a process alive or show a leak. */
const watched = ['TCPServerWrap', 'TCPSocketWrap', 'Timeout'] as const;

export type HandleCounts = Record<(typeof watched)[number], number>;

/** How many of each watched handle are active now (`process.getActiveResourcesInfo`). */
export function handleCounts(): HandleCounts {
  const counts = Object.fromEntries(watched.map((name) => [name, 0])) as HandleCounts;
  for (const name of process.getActiveResourcesInfo()) {
    if (name in counts) counts[name as keyof HandleCounts]++;
  }
  return counts;
}

/**
 * Waits, a bounded number of event-loop turns, until no watched handle count exceeds `baseline`
 * (closed sockets and cleared timers leave the list a turn or two later), then returns the counts.
 * The test runner's own timers come and go, so timers are compared as an upper bound.
 */
export async function settleTo(baseline: HandleCounts): Promise<HandleCounts> {
  for (let turn = 0; turn < 300; turn++) {
    const counts = handleCounts();
    if (watched.every((name) => counts[name] <= baseline[name])) return counts;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return handleCounts();
}

/** Collects unhandled promise rejections until `stop()` is called. */
export function watchUnhandledRejections(): { readonly reasons: unknown[]; stop(): void } {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => {
    reasons.push(reason);
  };
  process.on('unhandledRejection', listener);
  return {
    reasons,
    stop() {
      process.off('unhandledRejection', listener);
    },
  };
}
