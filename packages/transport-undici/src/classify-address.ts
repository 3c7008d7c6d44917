import ipaddr from 'ipaddr.js';

/**
 * What kind of destination an address is, as far as the address policy cares: `public` for global
 * unicast, otherwise the range that makes it special. `uniqueLocal` is IPv6's private range;
 * `reserved` covers documentation, benchmarking, future-use and other special-purpose ranges.
 */
export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'uniqueLocal'
  | 'linkLocal'
  | 'carrierGradeNat'
  | 'metadata'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'invalid';

/** How an IPv6 address carries the IPv4 address it is judged by. */
export type EmbeddedIPv4Form =
  | 'ipv4Mapped' // ::ffff:0:0/96
  | 'ipv4Compatible' // ::/96 (deprecated)
  | 'ipv4Translated' // ::ffff:0:0:0/96 (RFC 6145)
  | 'nat64' // 64:ff9b::/96 (RFC 6052) and the local-use 64:ff9b:1::/48 (RFC 8215)
  | '6to4' // 2002::/16
  | 'teredo'; // 2001::/32, the client address obfuscated

/** An address classified: its canonical spelling, its kind and, for IPv6, any IPv4 it carries. */
export interface AddressClass {
  /** The address in canonical form (dotted quad, or RFC 5952 IPv6 without a zone id). */
  address: string;
  kind: AddressKind;
  /** The range's name as `ipaddr.js` reports it (`private`, `rfc6052`, `teredo`, ...). */
  range: string;
  /** The IPv4 address an IPv6 address carries, which decided `kind`. */
  ipv4?: string;
  /** How the IPv6 address carries `ipv4`. */
  via?: EmbeddedIPv4Form;
  /** The parsed address, and the embedded IPv4 one, for matching trusted ranges. */
  parsed?: ipaddr.IPv4 | ipaddr.IPv6;
  parsedIPv4?: ipaddr.IPv4;
}

// Cloud instance-metadata endpoints: refused even when private addresses are allowed.
const metadataAddresses = new Set([
  '169.254.169.254', // AWS, GCP, Azure, Oracle, DigitalOcean, OpenStack, ...
  '169.254.170.2', // AWS ECS task metadata and credentials
  '169.254.170.23', // AWS EKS Pod Identity
  '100.100.100.200', // Alibaba Cloud
  '168.63.129.16', // Azure WireServer (a public address, reachable only from inside Azure)
  'fd00:ec2::254', // AWS over IPv6
  'fd00:ec2::23', // AWS EKS Pod Identity over IPv6
  'fd20:ce::254', // GCP over IPv6
]);

const ipv4Kinds = new Set<string>([
  'loopback',
  'private',
  'linkLocal',
  'carrierGradeNat',
  'unspecified',
  'multicast',
  'broadcast',
]);
const ipv6Kinds = new Set<string>(['loopback', 'uniqueLocal', 'linkLocal', 'unspecified', 'multicast']);
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/**
 * Classifies an IP address written any way `ipaddr.js` reads it: dotted, hex or octal IPv4
 * (`0x7f.1`, `0177.0.0.1`), any IPv6 spelling, in brackets or not, with or without a zone id
 * (`fe80::1%eth0`). An IPv6 address carrying an IPv4 one (mapped, compatible, translated, NAT64,
 * 6to4, Teredo) is classified by the IPv4 address it carries. Anything else is `invalid`.
 */
export function classifyAddress(text: string): AddressClass {
  const bare = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = parseCompatible(bare) ?? ipaddr.parse(bare);
  } catch {
    return { address: text, kind: 'invalid', range: 'invalid' };
  }
  if (parsed.kind() === 'ipv4') return classifyIPv4(parsed as ipaddr.IPv4);
  return classifyIPv6(parsed as ipaddr.IPv6);
}

// ipaddr.js reads `::a.b.c.d` as IPv4-mapped; it is the IPv4-compatible address (`::a00:1`), as
// WHATWG URL and inet_pton read it.
function parseCompatible(text: string): ipaddr.IPv6 | undefined {
  if (!text.startsWith('::') || !ipaddr.IPv4.isValidFourPartDecimal(text.slice(2))) return undefined;
  const [a, b, c, d] = ipaddr.IPv4.parse(text.slice(2)).octets as [number, number, number, number];
  return new ipaddr.IPv6([0, 0, 0, 0, 0, 0, (a << 8) | b, (c << 8) | d]);
}

function classifyIPv4(ip: ipaddr.IPv4): AddressClass {
  const address = ip.toString();
  const range: string = ip.range();
  if (metadataAddresses.has(address)) return { address, kind: 'metadata', range, parsed: ip };
  if (range === 'unicast') return { address, kind: 'public', range, parsed: ip };
  const kind = ipv4Kinds.has(range) ? (range as AddressKind) : 'reserved';
  return { address, kind, range, parsed: ip };
}

function classifyIPv6(ip: ipaddr.IPv6): AddressClass {
  const address = ip.toRFC5952String();
  const range: string = ip.range();
  if (metadataAddresses.has(address)) return { address, kind: 'metadata', range, parsed: ip };
  // `::` and `::1` sit inside ::/96 but are IPv6's own unspecified and loopback addresses.
  if (range === 'unspecified' || range === 'loopback') return { address, kind: range, range, parsed: ip };
  const embedded = embeddedIPv4(ip.parts);
  if (embedded) {
    const inner = classifyIPv4(embedded.ipv4);
    // The local-use NAT64 prefix is the operator's own network, whatever IPv4 it translates to.
    const kind = embedded.localUse && inner.kind === 'public' ? 'private' : inner.kind;
    return {
      address,
      kind,
      range,
      ipv4: inner.address,
      via: embedded.via,
      parsed: ip,
      parsedIPv4: embedded.ipv4,
    };
  }
  if (ipv6Kinds.has(range)) return { address, kind: range as AddressKind, range, parsed: ip };
  if (range === 'unicast' && ip.match(globalUnicast)) return { address, kind: 'public', range, parsed: ip };
  return { address, kind: 'reserved', range, parsed: ip };
}

interface Embedded {
  ipv4: ipaddr.IPv4;
  via: EmbeddedIPv4Form;
  localUse?: boolean;
}

function embeddedIPv4(parts: number[]): Embedded | undefined {
  const [p0, p1, p2, p3, p4, p5, p6, p7] = parts as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const zeroTo3 = p0 === 0 && p1 === 0 && p2 === 0 && p3 === 0;
  const last32 = () => ipv4From(p6, p7);
  if (zeroTo3 && p4 === 0 && p5 === 0xffff) return { ipv4: last32(), via: 'ipv4Mapped' };
  if (zeroTo3 && p4 === 0 && p5 === 0) return { ipv4: last32(), via: 'ipv4Compatible' };
  if (zeroTo3 && p4 === 0xffff && p5 === 0) return { ipv4: last32(), via: 'ipv4Translated' };
  if (p0 === 0x64 && p1 === 0xff9b) {
    if (p2 === 0 && p3 === 0 && p4 === 0 && p5 === 0) return { ipv4: last32(), via: 'nat64' };
    if (p2 === 1) return { ipv4: last32(), via: 'nat64', localUse: true };
  }
  if (p0 === 0x2002) return { ipv4: ipv4From(p1, p2), via: '6to4' };
  if (p0 === 0x2001 && p1 === 0) return { ipv4: ipv4From(p6 ^ 0xffff, p7 ^ 0xffff), via: 'teredo' };
  return undefined;
}

function ipv4From(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
