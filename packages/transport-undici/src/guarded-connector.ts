import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { AddressNotAllowedError } from './address-not-allowed-error.js';
import type { AddressPolicy, AddressVerdict } from './address-policy.js';

/**
 * An undici connector that opens a socket only to addresses `policy` allows. A host name is
 * resolved with `lookup` and only its allowed addresses are handed to the socket (none allowed:
 * the connection fails with `AddressNotAllowedError`); an IP literal, which skips DNS, is checked
 * before connecting. Every new connection goes through here, so redirects and DNS rebinding are
 * covered too. The connected socket's remote address is checked once more, as a safety net.
 */
export function guardedConnector(
  policy: AddressPolicy,
  lookup: LookupFunction = dnsLookup,
): buildConnector.connector {
  const connect = buildConnector({ lookup: guardedLookup(policy, lookup) });
  return function guardedConnect(options, callback) {
    const verdict = policy.checkHost(options.hostname);
    if (verdict !== undefined && !verdict.allowed) {
      const error = new AddressNotAllowedError(options.hostname, verdict);
      queueMicrotask(() => callback(error, null));
      return;
    }
    connect(options, (error, socket) => {
      if (error !== null) return callback(error, null);
      const remote = verdict?.rule === 'trusted' ? undefined : socket.remoteAddress;
      const after = remote === undefined ? undefined : policy.check(remote);
      if (after === undefined || after.allowed) return callback(null, socket);
      socket.destroy();
      callback(new AddressNotAllowedError(options.hostname, after), null);
    });
  };
}

/**
 * A `lookup` for `net.connect` that resolves with `lookup` and passes on only the addresses
 * `policy` allows (every address, for a host the policy trusts by name).
 */
export function guardedLookup(policy: AddressPolicy, lookup: LookupFunction = dnsLookup): LookupFunction {
  return function guardedLookup(hostname, options, callback) {
    const hostVerdict = policy.checkHost(hostname);
    if (hostVerdict !== undefined && !hostVerdict.allowed) {
      process.nextTick(callback, new AddressNotAllowedError(hostname, hostVerdict), '', 0);
      return;
    }
    lookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0);
      const addresses = found as LookupAddress[];
      let refused: AddressVerdict | undefined;
      const allowed = addresses.filter(({ address }) => {
        if (hostVerdict?.allowed) return true;
        const verdict = policy.check(address);
        refused ??= verdict.allowed ? undefined : verdict;
        return verdict.allowed;
      });
      const first = allowed[0];
      if (first === undefined) {
        const verdict = refused ?? noAddress(hostname);
        return callback(new AddressNotAllowedError(hostname, verdict), '', 0);
      }
      if (options.all) callback(null, allowed);
      else callback(null, first.address, first.family);
    });
  };
}

function noAddress(hostname: string): AddressVerdict {
  return { allowed: false, address: hostname, rule: 'invalid', reason: `${hostname} resolved to no address` };
}
