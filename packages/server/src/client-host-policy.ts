import type { ClientHostPolicy } from '@switchyard/config';
import type { Handler } from '@switchyard/core';
import { type UndiciTransport, undiciTransport } from '@switchyard/transport-undici';
import { isKeyed } from './gateway-keys.js';
import type { GatewayOptions } from './gateway-options.js';

/** What clients may do with `custom_host` on this gateway, and the transport the gateway made for it. */
export interface ClientHosts {
  policy: ClientHostPolicy;
  /** The address-checking transport the gateway made (it closes it); `undefined` when given one. */
  ownTransport: UndiciTransport | undefined;
}

/**
 * What clients may do with `custom_host`: with gateway keys, nothing unless the operator allows it
 * (`compile.clientHosts`); without keys (a gateway on loopback for its own machine), their own
 * hosts, loopback included. Such hosts are reached through a transport that checks every resolved
 * address at connect time, so a name or an IPv6 spelling that leads to a private or metadata address
 * is refused before any connection. An operator's own transport (a proxy, a test double) is theirs
 * to police and is used as it is.
 *
 * @param operatorTransport the transport the operator gave (`options.transport`), if any.
 */
export function clientHostsOf(options: GatewayOptions, operatorTransport: Handler | undefined): ClientHosts {
  const keyed = isKeyed(options);
  const given = options.compile?.clientHosts;
  const allowLoopback = given?.allowLoopback ?? (keyed ? false : (options.compile?.allowLoopback ?? true));
  const allowed = given?.allowed ?? !keyed;
  const chosen = given?.transport ?? operatorTransport;
  // The gateway's time limits are the ones in force, as for its main transport.
  const ownTransport =
    chosen === undefined
      ? undiciTransport({
          headersTimeout: 0,
          bodyTimeout: 0,
          addressPolicy: { allowLoopback, trustedHosts: [...(options.compile?.trustedHosts ?? [])] },
        })
      : undefined;
  return { policy: { allowed, allowLoopback, transport: chosen ?? ownTransport! }, ownTransport };
}
