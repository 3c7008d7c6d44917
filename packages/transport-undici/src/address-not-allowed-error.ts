import type { AddressVerdict } from './address-policy.js';

/**
 * A connection refused by the transport's address policy before any socket was opened. The
 * transport rejects with a `TransportError` whose `cause` is this error.
 */
export class AddressNotAllowedError extends Error {
  /** A stable code, safe to switch on. */
  readonly code = 'ERR_ADDRESS_NOT_ALLOWED';
  /** The host that was to be connected to (a name or an IP literal). */
  readonly host: string;
  /** The policy's verdict on the (first) address refused. */
  readonly verdict: AddressVerdict;

  constructor(host: string, verdict: AddressVerdict) {
    const subject = host === verdict.address ? '' : `${host}: `;
    super(`Address not allowed by the address policy: ${subject}${verdict.reason}`);
    this.name = 'AddressNotAllowedError';
    this.host = host;
    this.verdict = verdict;
  }
}
