import { SwitchyardError } from './switchyard-error.js';

/** A per-request option (header or `withRequestOptions` value) is malformed or too large. */
export class InvalidRequestOptionsError extends SwitchyardError {
  /** The option at fault, e.g. `metadata.user_id`. */
  readonly option: string;

  constructor(option: string, problem: string) {
    super('ERR_INVALID_REQUEST_OPTIONS', `${option} ${problem}`);
    this.name = 'InvalidRequestOptionsError';
    this.option = option;
  }
}
