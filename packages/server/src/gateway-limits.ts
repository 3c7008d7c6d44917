import { type UndiciTransport, undiciTransport } from '@switchyard/transport-undici';
import { clientHostsOf } from './client-host-policy.js';
import type { GatewayOptions } from './gateway-options.js';

/** Default of `GatewayOptions.requestDeadlineMs`: 10 minutes. */
export const defaultRequestDeadlineMs = 600_000;
/** Default of `GatewayOptions.streamIdleTimeoutMs`: 5 minutes. */
export const defaultStreamIdleTimeoutMs = 300_000;

/** The gateway's time limits, validated, in milliseconds; `0` is off. */
export interface TimeLimits {
  readonly requestDeadlineMs: number;
  readonly streamIdleTimeoutMs: number;
}

/**
 * The time limits `options` ask for, or their defaults.
 *
 * @throws TypeError when a limit is not an integer >= 0.
 */
export function resolveTimeLimits(options: GatewayOptions): TimeLimits {
  return {
    requestDeadlineMs: checkLimit('requestDeadlineMs', options.requestDeadlineMs, defaultRequestDeadlineMs),
    streamIdleTimeoutMs: checkLimit(
      'streamIdleTimeoutMs',
      options.streamIdleTimeoutMs,
      defaultStreamIdleTimeoutMs,
    ),
  };
}

/** The options the gateway's core runs with, its time limits, and the transport it made itself. */
export interface CoreOptions {
  options: GatewayOptions;
  limits: TimeLimits;
  ownTransport: UndiciTransport | undefined;
  /** The address-checking transport for client-chosen hosts, when the gateway made it. */
  ownClientHostTransport: UndiciTransport | undefined;
}

/**
 * `options` with their time limits checked, what clients may do with `custom_host`
 * (`clientHostsOf`), and a transport: the one given, else an
 * `undiciTransport()` whose own header and body timeouts are off, so the gateway's time limits are
 * the ones in force (undici's 5-minute header timeout would cut a long non-streaming answer with a
 * 502).
 *
 * @throws TypeError when a limit is not an integer >= 0 (before any transport is made).
 */
export function coreOptions(options: GatewayOptions): CoreOptions {
  const limits = resolveTimeLimits(options);
  const clientHosts = clientHostsOf(options, options.transport);
  const withClientHosts: GatewayOptions = {
    ...options,
    compile: { ...options.compile, clientHosts: clientHosts.policy },
  };
  const ownClientHostTransport = clientHosts.ownTransport;
  if (options.transport !== undefined) {
    return { options: withClientHosts, limits, ownTransport: undefined, ownClientHostTransport };
  }
  const ownTransport = undiciTransport({ headersTimeout: 0, bodyTimeout: 0 });
  return {
    options: { ...withClientHosts, transport: ownTransport },
    limits,
    ownTransport,
    ownClientHostTransport,
  };
}

function checkLimit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new TypeError(`createGateway: ${name} must be an integer >= 0 (0 turns it off); got ${value}`);
  }
  return value;
}
