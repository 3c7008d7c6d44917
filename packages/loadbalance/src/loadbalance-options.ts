import type { Middleware } from '@switchyard/core';

/** One branch of a `loadbalance`. */
export interface LoadbalanceTarget {
  /** Relative weight; weights need not sum to 1. 0 means never chosen. */
  weight: number;
  /** The branch: a middleware ending at the shared `next`. */
  use: Middleware;
}

/** Options of `loadbalance`. */
export interface LoadbalanceOptions {
  /** Source of randomness returning [0, 1), injectable for deterministic tests. Default: `Math.random`. */
  random?: () => number;
  /**
   * `weighted`: a weighted random choice on every request (Portkey's loadbalance).
   * `latency`: usually the target with the best recent score (smoothed latency to the response
   * headers, inflated by its recent failure rate), a weighted random choice otherwise, so every
   * target keeps being measured. Default: `weighted`.
   */
  strategy?: 'weighted' | 'latency';
  /** In `latency` mode, the share of requests chosen by weight instead of by score. Default: 0.1. */
  explorationRate?: number;
  /** The clock used to measure latency, in ms. Default: `performance.now`. */
  now?: () => number;
}

/** `LoadbalanceOptions` validated, with every default applied. */
export interface LoadbalanceSettings {
  random: () => number;
  strategy: 'weighted' | 'latency';
  explorationRate: number;
  now: () => number;
}

/**
 * Checks the targets.
 *
 * @throws TypeError naming the first invalid target.
 */
export function checkTargets(targets: unknown): asserts targets is LoadbalanceTarget[] {
  if (!Array.isArray(targets) || targets.length === 0) {
    throw new TypeError('loadbalance: targets must be a non-empty array of { weight, use }');
  }
  targets.forEach((target: Partial<LoadbalanceTarget> | null, index) => {
    if (typeof target !== 'object' || target === null) {
      throw new TypeError(`loadbalance: targets[${index}] must be an object { weight, use }`);
    }
    const { weight, use } = target;
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new TypeError(
        `loadbalance: targets[${index}].weight must be a finite number >= 0; got ${String(weight)}`,
      );
    }
    if (typeof use !== 'function') {
      throw new TypeError(
        `loadbalance: targets[${index}].use must be a middleware function; got ${typeof use}`,
      );
    }
  });
  if (!targets.some((target: LoadbalanceTarget) => target.weight > 0)) {
    throw new TypeError('loadbalance: at least one target must have a weight > 0');
  }
}

/**
 * Checks `options` and applies defaults.
 *
 * @throws TypeError naming the first invalid option.
 */
export function resolveLoadbalanceOptions(options: LoadbalanceOptions): LoadbalanceSettings {
  const strategy = options.strategy ?? 'weighted';
  if (strategy !== 'weighted' && strategy !== 'latency') {
    throw new TypeError(
      `loadbalance: strategy must be 'weighted' or 'latency'; got ${JSON.stringify(strategy)}`,
    );
  }
  const explorationRate = options.explorationRate ?? 0.1;
  if (typeof explorationRate !== 'number' || !(explorationRate >= 0 && explorationRate <= 1)) {
    throw new TypeError(
      `loadbalance: explorationRate must be a number between 0 and 1; got ${String(explorationRate)}`,
    );
  }
  for (const name of ['random', 'now'] as const) {
    if (options[name] !== undefined && typeof options[name] !== 'function') {
      throw new TypeError(`loadbalance: ${name} must be a function; got ${typeof options[name]}`);
    }
  }
  return {
    random: options.random ?? Math.random,
    strategy,
    explorationRate,
    now: options.now ?? (() => performance.now()),
  };
}
