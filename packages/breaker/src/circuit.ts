import type { BreakerSettings, CircuitState } from './breaker-options.js';

/** What the circuit decided for one request. */
export type Admission = { admitted: false } | { admitted: true; generation: number; probe: boolean };

/**
 * The state machine of one breaker: closed → open after `failureThreshold` failures within
 * `windowMs` → half-open after `cooldownMs` → closed on a probe's success, open again on its
 * failure. Outcomes of requests admitted before the last state change are ignored, so a slow
 * request from the closed period cannot close or reopen the circuit later.
 */
export class Circuit {
  #state: CircuitState = 'closed';
  /** Times of recent failures while closed, oldest first; never longer than the threshold. */
  #failures: number[] = [];
  #openedAt = 0;
  #probesInFlight = 0;
  /** Counts state changes, to tell which period an outcome belongs to. */
  #generation = 0;
  /** What `admit` answers while closed: the same object for every request of one period. */
  #closedAdmission: Admission = { admitted: true, generation: 0, probe: false };

  constructor(private readonly settings: BreakerSettings) {}

  get state(): CircuitState {
    return this.#state;
  }

  /** Whether a request arriving now would be refused, without changing anything. */
  refusesNow(): boolean {
    if (this.#state === 'closed') return false;
    if (this.#state === 'open') return this.settings.now() - this.#openedAt < this.settings.cooldownMs;
    return this.#probesInFlight >= this.settings.halfOpenProbes;
  }

  /** Milliseconds until an open circuit lets a probe through. */
  remainingCooldownMs(): number {
    return Math.max(0, Math.ceil(this.#openedAt + this.settings.cooldownMs - this.settings.now()));
  }

  admit(): Admission {
    if (this.#state === 'open') {
      if (this.settings.now() - this.#openedAt < this.settings.cooldownMs) return { admitted: false };
      this.#moveTo('half-open');
    }
    if (this.#state === 'half-open') {
      if (this.#probesInFlight >= this.settings.halfOpenProbes) return { admitted: false };
      this.#probesInFlight++;
      return { admitted: true, generation: this.#generation, probe: true };
    }
    return this.#closedAdmission;
  }

  record(admission: Admission & { admitted: true }, failed: boolean): void {
    if (admission.generation !== this.#generation) return;
    if (admission.probe) {
      this.#probesInFlight--;
      this.#moveTo(failed ? 'open' : 'closed');
      return;
    }
    if (!failed) return;
    const now = this.settings.now();
    const failures = this.#failures;
    failures.push(now);
    if (failures.length > this.settings.failureThreshold) failures.shift();
    if (failures.length === this.settings.failureThreshold && now - failures[0]! <= this.settings.windowMs) {
      this.#moveTo('open');
    }
  }

  /** Forgets a request whose outcome says nothing about the upstream (the caller aborted it). */
  release(admission: Admission & { admitted: true }): void {
    if (admission.probe && admission.generation === this.#generation) this.#probesInFlight--;
  }

  #moveTo(state: CircuitState): void {
    const from = this.#state;
    const at = this.settings.now();
    this.#state = state;
    this.#generation++;
    this.#closedAdmission = { admitted: true, generation: this.#generation, probe: false };
    this.#probesInFlight = 0;
    this.#failures = [];
    if (state === 'open') this.#openedAt = at;
    this.settings.onStateChange?.({ from, to: state, at });
  }
}
