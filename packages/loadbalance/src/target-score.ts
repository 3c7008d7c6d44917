/** Weight of the newest sample in the moving averages: about the last ten requests count. */
const smoothing = 0.2;

/**
 * Recent health of one target for the `latency` strategy: exponentially weighted averages of its
 * latency to the response headers and of its failure rate.
 */
export class TargetScore {
  #latencyMs = 0;
  #failureRate = 0;
  #samples = 0;

  /** Whether anything was measured yet. */
  get measured(): boolean {
    return this.#samples > 0;
  }

  record(latencyMs: number, failed: boolean): void {
    if (this.#samples === 0) {
      this.#latencyMs = latencyMs;
      this.#failureRate = failed ? 1 : 0;
    } else {
      this.#latencyMs += smoothing * (latencyMs - this.#latencyMs);
      this.#failureRate += smoothing * ((failed ? 1 : 0) - this.#failureRate);
    }
    this.#samples++;
  }

  /** Lower is better: the latency, multiplied up to 10× for a target that always fails. */
  get value(): number {
    return this.#latencyMs * (1 + 9 * this.#failureRate);
  }
}
