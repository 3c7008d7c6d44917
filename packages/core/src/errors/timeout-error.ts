import { SwitchyardError } from './switchyard-error.js';

/** A deadline passed. Used as the abort reason of the signal a timed-out call sees. */
export class TimeoutError extends SwitchyardError {
  /** The deadline that passed, in milliseconds. */
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super('ERR_TIMEOUT', `Request timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}
