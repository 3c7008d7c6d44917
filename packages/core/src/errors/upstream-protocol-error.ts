import { SwitchyardError } from './switchyard-error.js';

/** An upstream answered with something that is not the protocol it speaks: bad JSON, a cut stream. */
export class UpstreamProtocolError extends SwitchyardError {
  constructor(message: string, options?: ErrorOptions) {
    super('ERR_UPSTREAM_PROTOCOL', message, options);
    this.name = 'UpstreamProtocolError';
  }
}
