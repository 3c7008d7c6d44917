import ipaddr from 'ipaddr.js';
import { type AddressKind, classifyAddress, type EmbeddedIPv4Form } from './classify-address.js';

/** Options of `addressPolicy`. Everything not public is refused unless an option allows it. */
export interface AddressPolicyOptions {
  /** Allow loopback addresses: 127.0.0.0/8 and `::1` (and so `localhost`). Default: false. */
  allowLoopback?: boolean;
  /**
   * Allow the operator's own networks: private IPv4 (10/8, 172.16/12, 192.168/16), IPv6 unique-local
   * (fc00::/7), carrier-grade NAT (100.64/10), link-local (169.254/16, fe80::/10) and the local-use
   * NAT64 prefix 64:ff9b:1::/48. Cloud metadata addresses stay refused. Default: false.
   */
  allowPrivate?: boolean;
  /**
   * Host names (`ollama.internal`, matched exactly, case-insensitively), IP addresses (`10.0.0.5`,
   * `[fd00::5]`) or CIDR ranges (`10.1.0.0/16`, `fd00::/8`) the operator trusts: connected to
   * whatever they are or resolve to, metadata addresses included. Default: none.
   */
  trustedHosts?: readonly string[];
}

/** Why an address was allowed (`public`, `trusted`, or a kind an option allows) or refused. */
export type AddressRule = AddressKind | 'trusted';

/** The policy's answer for one address or host. */
export interface AddressVerdict {
  allowed: boolean;
  /** The address judged, in canonical form (or the host name, for a verdict on a name). */
  address: string;
  /** The rule that decided: `public`, `trusted`, or the kind of address (`private`, `metadata`, ...). */
  rule: AddressRule;
  /** The IPv4 address an IPv6 one carries, which decided the verdict. */
  ipv4?: string;
  /** How the IPv6 address carries `ipv4` (`ipv4Mapped`, `nat64`, `teredo`, ...). */
  via?: EmbeddedIPv4Form;
  /** One sentence for logs and errors: `10.0.0.1 is a private address (allowPrivate is off)`. */
  reason: string;
}

/** Decides which addresses may be connected to. Build one with `addressPolicy(options)`. */
export interface AddressPolicy {
  /** Judges one IP address, written any way (`::ffff:a9fe:a9fe`, `0x7f.1`, `[fe80::1%eth0]`). */
  check(address: string): AddressVerdict;
  /**
   * Judges a host before resolving it: a verdict for an IP literal, a trusted name or a cloud
   * metadata name (`metadata.google.internal`); `undefined` for any other name, whose resolved
   * addresses must each be `check`ed.
   */
  checkHost(host: string): AddressVerdict | undefined;
}

const metadataHosts = new Set([
  'metadata',
  'metadata.google.internal',
  'metadata.goog',
  'metadata.azure.internal',
  'instance-data',
  'instance-data.ec2.internal',
  'metadata.tencentyun.com',
]);

const kindText: Record<AddressKind, string> = {
  public: 'a public address',
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a unique-local address',
  linkLocal: 'a link-local address',
  carrierGradeNat: 'a carrier-grade NAT address',
  metadata: 'a cloud metadata address',
  unspecified: 'an unspecified address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  invalid: 'not an IP address',
};

type AllowOption = 'allowLoopback' | 'allowPrivate';

/** The option that allows a kind of address, if one does. */
const optionFor: Partial<Record<AddressKind, AllowOption>> = {
  loopback: 'allowLoopback',
  private: 'allowPrivate',
  uniqueLocal: 'allowPrivate',
  linkLocal: 'allowPrivate',
  carrierGradeNat: 'allowPrivate',
};

function kindReason(kind: AddressKind, allowed: boolean): string {
  const option = optionFor[kind];
  if (kind === 'public' || kind === 'invalid') return kindText[kind];
  if (option === undefined) return `${kindText[kind]}, allowed only when listed in trustedHosts`;
  return allowed ? `${kindText[kind]}, allowed by ${option}` : `${kindText[kind]} (${option} is off)`;
}

const viaText: Record<EmbeddedIPv4Form, string> = {
  ipv4Mapped: 'IPv4-mapped',
  ipv4Compatible: 'IPv4-compatible',
  ipv4Translated: 'IPv4-translated',
  nat64: 'NAT64',
  '6to4': '6to4',
  teredo: 'Teredo client',
};

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * An address policy: only public unicast addresses may be connected to, unless the options allow
 * loopback, private networks or trusted hosts. Every IPv6 spelling is normalised first, and an IPv6
 * address carrying an IPv4 one is judged by that IPv4 address. Cloud metadata addresses and names
 * are refused unless trusted. Give it to `undiciTransport({ addressPolicy })` to apply it to every
 * resolved address at connect time.
 *
 * @throws TypeError when an option is invalid.
 */
export function addressPolicy(options: AddressPolicyOptions = {}): AddressPolicy {
  const allowed = allowedKinds(options);
  const { names, ranges } = parseTrustedHosts(options.trustedHosts);

  function check(address: string): AddressVerdict {
    const found = classifyAddress(address);
    const embedded = found.ipv4 === undefined ? {} : { ipv4: found.ipv4, via: found.via };
    if (isTrusted(ranges, found.parsed) || (reachesIPv4(found.via) && isTrusted(ranges, found.parsedIPv4))) {
      const reason = `${found.address} is listed in trustedHosts`;
      return { allowed: true, address: found.address, rule: 'trusted', ...embedded, reason };
    }
    const carried = found.ipv4 === undefined ? '' : ` carries ${found.ipv4} (${viaText[found.via!]}), which`;
    const ok = allowed.has(found.kind);
    const reason = `${found.address}${carried} is ${kindReason(found.kind, ok)}`;
    return { allowed: ok, address: found.address, rule: found.kind, ...embedded, reason };
  }

  function checkHost(host: string): AddressVerdict | undefined {
    const name = host.toLowerCase().replace(/\.$/, '');
    if (names.has(name)) {
      return { allowed: true, address: name, rule: 'trusted', reason: `${name} is listed in trustedHosts` };
    }
    if (ipaddr.isValid(name.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, ''))) return check(name);
    if (metadataHosts.has(name)) {
      return {
        allowed: false,
        address: name,
        rule: 'metadata',
        reason: `${name} is ${kindReason('metadata', false)}`,
      };
    }
    return undefined;
  }

  return { check, checkHost };
}

function allowedKinds(options: AddressPolicyOptions): Set<AddressKind> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('addressPolicy: options must be an object');
  }
  const enabled = {
    allowLoopback: checkBoolean('allowLoopback', options.allowLoopback),
    allowPrivate: checkBoolean('allowPrivate', options.allowPrivate),
  };
  const kinds = new Set<AddressKind>(['public']);
  for (const [kind, option] of Object.entries(optionFor) as [AddressKind, AllowOption][]) {
    if (enabled[option]) kinds.add(kind);
  }
  return kinds;
}

function checkBoolean(name: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    throw new TypeError(`addressPolicy: ${name} must be a boolean; got ${JSON.stringify(value)}`);
  }
  return value;
}

const hostName =
  /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

function parseTrustedHosts(value: unknown): { names: Set<string>; ranges: Range[] } {
  const names = new Set<string>();
  const ranges: Range[] = [];
  if (value === undefined) return { names, ranges };
  if (!Array.isArray(value)) throw new TypeError('addressPolicy: trustedHosts must be an array of strings');
  value.forEach((entry: unknown, index) => {
    const problem = `addressPolicy: trustedHosts[${index}] must be a host name, an IP address or a CIDR range`;
    if (typeof entry !== 'string') throw new TypeError(`${problem}; got ${typeof entry}`);
    const text = entry.toLowerCase().replace(/^\[(.*)\]/, '$1');
    if (text.includes('/')) {
      if (!ipaddr.isValidCIDR(text)) throw new TypeError(`${problem}; got ${JSON.stringify(entry)}`);
      ranges.push(ipaddr.parseCIDR(text));
    } else if (ipaddr.isValid(text)) {
      const ip = ipaddr.process(text);
      ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
    } else if (hostName.test(text.replace(/\.$/, ''))) {
      names.add(text.replace(/\.$/, ''));
    } else {
      throw new TypeError(`${problem}; got ${JSON.stringify(entry)}`);
    }
  });
  return { names, ranges };
}

function isTrusted(ranges: readonly Range[], ip: ipaddr.IPv4 | ipaddr.IPv6 | undefined): boolean {
  if (ip === undefined) return false;
  return ranges.some(([base, bits]) => base.kind() === ip.kind() && ip.match(base, bits));
}

// A mapped, compatible, translated or NAT64 address reaches the IPv4 host itself, so trusting that
// host trusts these spellings of it; 6to4 and Teredo reach a different (IPv6) host.
function reachesIPv4(via: EmbeddedIPv4Form | undefined): boolean {
  return via !== undefined && via !== '6to4' && via !== 'teredo';
}
