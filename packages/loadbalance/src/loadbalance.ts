import type { Handler, Middleware } from '@switchyard/core';
import {
  circuitOpenProbe,
  isCircuitOpen,
  type ProbedHandler,
  transportSignal,
} from '@switchyard/core/internal';
import { withOptionIndex } from '@switchyard/fallback';
import {
  checkTargets,
  type LoadbalanceOptions,
  type LoadbalanceTarget,
  resolveLoadbalanceOptions,
} from './loadbalance-options.js';
import { TargetScore } from './target-score.js';

interface Branch {
  index: number;
  weight: number;
  handler: Handler;
  score: TargetScore;
}

/**
 * Sends each request to one of `targets` (Portkey's `strategy.mode: "loadbalance"`): a weighted
 * random choice by default, or the best recent latency/failure score with `strategy: 'latency'`.
 * Weights need not sum to 1; a weight of 0 is never chosen. A target whose breaker is open (a
 * `breaker()` first in its `use`, see `isCircuitOpen`) is skipped while another target is
 * available. The response names the chosen target in `x-switchyard-last-used-option-index`
 * (`config.targets[1]`), composed with any router nested inside it. It does not retry another
 * target on failure: nest it in `fallback` for that.
 *
 * The handler it builds reports its circuit as open when every target's circuit is open, so
 * routers above it skip it too.
 *
 * @throws TypeError at factory time naming the first invalid target or option.
 */
export function loadbalance(targets: LoadbalanceTarget[], options: LoadbalanceOptions = {}): Middleware {
  checkTargets(targets);
  const settings = resolveLoadbalanceOptions(options);
  const list = targets.map(({ weight, use }) => ({ weight, use }));
  return (next) => {
    const branches: Branch[] = list
      .map(({ weight, use }, index) => ({ index, weight, handler: use(next), score: new TargetScore() }))
      .filter((branch) => branch.weight > 0);

    const pickByWeight = (candidates: Branch[]): Branch => {
      let total = 0;
      for (const branch of candidates) total += branch.weight;
      let point = settings.random() * total;
      for (const branch of candidates) {
        point -= branch.weight;
        if (point < 0) return branch;
      }
      return candidates[candidates.length - 1]!;
    };
    const pickByScore = (candidates: Branch[]): Branch => {
      const unmeasured = candidates.filter((branch) => !branch.score.measured);
      if (unmeasured.length > 0) return pickByWeight(unmeasured);
      if (settings.random() < settings.explorationRate) return pickByWeight(candidates);
      return candidates.reduce((best, branch) => (branch.score.value < best.score.value ? branch : best));
    };
    const choose = (): Branch => {
      const closed = branches.filter((branch) => !isCircuitOpen(branch.handler));
      const candidates = closed.length > 0 ? closed : branches;
      return settings.strategy === 'latency' ? pickByScore(candidates) : pickByWeight(candidates);
    };

    const handler = async function loadbalance(request: Request): Promise<Response> {
      const branch = choose();
      if (settings.strategy === 'weighted')
        return withOptionIndex(await branch.handler(request), branch.index);
      const started = settings.now();
      let response: Response;
      try {
        response = await branch.handler(request);
      } catch (error) {
        if (!transportSignal(request)?.aborted) branch.score.record(settings.now() - started, true);
        throw error;
      }
      branch.score.record(settings.now() - started, response.status >= 500 || response.status === 429);
      return withOptionIndex(response, branch.index);
    } as ProbedHandler;
    handler[circuitOpenProbe] = () => branches.every((branch) => isCircuitOpen(branch.handler));
    return handler;
  };
}
