import { describe, expect, it } from 'vitest';
import { type AddressRule, addressPolicy } from './address-policy.js';
import type { EmbeddedIPv4Form } from './classify-address.js';

type Row = [spelling: string, rule: AddressRule, carried?: string, via?: EmbeddedIPv4Form];

// Every row is judged by the default policy: only `public` rows are allowed.
const spellings: Row[] = [
  // IPv4, dotted
  ['8.8.8.8', 'public'],
  ['1.1.1.1', 'public'],
  ['172.32.0.1', 'public'],
  ['100.128.0.1', 'public'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['100.64.0.1', 'carrierGradeNat'],
  ['100.127.255.254', 'carrierGradeNat'],
  ['169.254.1.1', 'linkLocal'],
  ['169.254.169.254', 'metadata'],
  ['169.254.170.2', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['198.18.0.1', 'reserved'],
  // IPv4, spelled as inet_aton and WHATWG URL read it
  ['0x7f.1', 'loopback'],
  ['0177.0.0.1', 'loopback'],
  ['2130706433', 'loopback'],
  ['0x7f000001', 'loopback'],
  ['0xa9fea9fe', 'metadata'],
  ['0251.0376.0251.0376', 'metadata'],
  ['10.1', 'private'],
  // IPv6
  ['::1', 'loopback'],
  ['0:0:0:0:0:0:0:1', 'loopback'],
  ['0000:0000:0000:0000:0000:0000:0000:0001', 'loopback'],
  ['[::1]', 'loopback'],
  ['::', 'unspecified'],
  ['[::]', 'unspecified'],
  ['fe80::1', 'linkLocal'],
  ['fe80::1%eth0', 'linkLocal'],
  ['[fe80::abcd%25en0]', 'linkLocal'],
  ['FEBF::1', 'linkLocal'],
  ['fc00::1', 'uniqueLocal'],
  ['FD12:3456::1', 'uniqueLocal'],
  ['fd00:ec2::254', 'metadata'],
  ['FD00:0EC2:0000:0000:0000:0000:0000:0254', 'metadata'],
  ['fd20:ce::254', 'metadata'],
  ['ff02::1', 'multicast'],
  ['FF05::2', 'multicast'],
  ['2001:db8::1', 'reserved'],
  ['100::1', 'reserved'],
  ['fec0::1', 'reserved'],
  ['4000::1', 'reserved'],
  ['64:ff9b:0:0:0:1::1', 'reserved'],
  ['2606:4700:4700::1111', 'public'],
  ['2001:4860:4860::8888', 'public'],
  // IPv4-mapped, dotted and hex
  ['::ffff:127.0.0.1', 'loopback', '127.0.0.1', 'ipv4Mapped'],
  ['::ffff:7f00:1', 'loopback', '127.0.0.1', 'ipv4Mapped'],
  ['::ffff:169.254.169.254', 'metadata', '169.254.169.254', 'ipv4Mapped'],
  ['::FFFF:A9FE:A9FE', 'metadata', '169.254.169.254', 'ipv4Mapped'],
  ['[::ffff:a9fe:a9fe]', 'metadata', '169.254.169.254', 'ipv4Mapped'],
  ['::ffff:10.0.0.1', 'private', '10.0.0.1', 'ipv4Mapped'],
  ['0:0:0:0:0:ffff:0a00:0001', 'private', '10.0.0.1', 'ipv4Mapped'],
  ['::ffff:0.0.0.0', 'unspecified', '0.0.0.0', 'ipv4Mapped'],
  ['::ffff:8.8.8.8', 'public', '8.8.8.8', 'ipv4Mapped'],
  // IPv4-compatible and IPv4-translated
  ['::a9fe:a9fe', 'metadata', '169.254.169.254', 'ipv4Compatible'],
  ['::10.0.0.1', 'private', '10.0.0.1', 'ipv4Compatible'],
  ['::127.0.0.1', 'loopback', '127.0.0.1', 'ipv4Compatible'],
  ['::ffff:0:a9fe:a9fe', 'metadata', '169.254.169.254', 'ipv4Translated'],
  // NAT64, well-known and local-use prefixes
  ['64:ff9b::a9fe:a9fe', 'metadata', '169.254.169.254', 'nat64'],
  ['64:ff9b::169.254.169.254', 'metadata', '169.254.169.254', 'nat64'],
  ['64:FF9B::7F00:1', 'loopback', '127.0.0.1', 'nat64'],
  ['64:ff9b::808:808', 'public', '8.8.8.8', 'nat64'],
  ['64:ff9b:1::a00:1', 'private', '10.0.0.1', 'nat64'],
  ['64:ff9b:1::808:808', 'private', '8.8.8.8', 'nat64'],
  // 6to4
  ['2002:a9fe:a9fe::1', 'metadata', '169.254.169.254', '6to4'],
  ['2002:0a00:0001::', 'private', '10.0.0.1', '6to4'],
  ['2002:7f00:1::', 'loopback', '127.0.0.1', '6to4'],
  ['2002:808:808::1', 'public', '8.8.8.8', '6to4'],
  // Teredo: the client address is the last 32 bits, inverted
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved', '192.0.2.45', 'teredo'],
  ['2001:0:4136:e378:8000:63bf:f5ff:fffe', 'private', '10.0.0.1', 'teredo'],
  ['2001::5601:5601', 'metadata', '169.254.169.254', 'teredo'],
  ['2001::f7f7:f7f7', 'public', '8.8.8.8', 'teredo'],
  // not addresses
  ['example.com', 'invalid'],
  ['', 'invalid'],
  ['1.2.3.4.5', 'invalid'],
  ['08.0.0.1', 'invalid'],
  [' 127.0.0.1', 'invalid'],
  ['::ffff:256.1.1.1', 'invalid'],
  ['1::2::3', 'invalid'],
];

describe('addressPolicy: the default policy', () => {
  const policy = addressPolicy();

  it.each(spellings)('%s is %s', (spelling, rule, carried, via) => {
    const verdict = policy.check(spelling);
    expect(verdict.rule).toBe(rule);
    expect(verdict.allowed).toBe(rule === 'public');
    expect(verdict.ipv4).toBe(carried);
    expect(verdict.via).toBe(via);
  });

  it('judges over 40 spellings, most of them refused', () => {
    expect(spellings.length).toBeGreaterThanOrEqual(40);
    expect(spellings.filter(([, rule]) => rule !== 'public').length).toBeGreaterThanOrEqual(40);
  });

  it('spells each IPv6 address as WHATWG URL does', () => {
    let compared = 0;
    for (const [spelling, rule] of spellings) {
      const bare = spelling.replace(/^\[(.*)\]$/, '$1');
      if (rule === 'invalid' || !bare.includes(':') || bare.includes('%')) continue;
      expect(`[${policy.check(spelling).address}]`).toBe(new URL(`http://[${bare}]/`).hostname);
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('normalises the address and says why it is refused', () => {
    expect(policy.check('0x7f.1')).toMatchObject({ address: '127.0.0.1' });
    expect(policy.check('[FE80::1%eth0]')).toMatchObject({ address: 'fe80::1' });
    expect(policy.check('::FFFF:A9FE:A9FE')).toEqual({
      allowed: false,
      address: '::ffff:a9fe:a9fe',
      rule: 'metadata',
      ipv4: '169.254.169.254',
      via: 'ipv4Mapped',
      reason:
        '::ffff:a9fe:a9fe carries 169.254.169.254 (IPv4-mapped), which is a cloud metadata address, allowed only when listed in trustedHosts',
    });
    expect(policy.check('10.0.0.1').reason).toBe('10.0.0.1 is a private address (allowPrivate is off)');
    expect(policy.check('::1').reason).toBe('::1 is a loopback address (allowLoopback is off)');
    expect(policy.check('nope').reason).toBe('nope is not an IP address');
    expect(policy.check('8.8.8.8').reason).toBe('8.8.8.8 is a public address');
    expect(addressPolicy({ allowLoopback: true }).check('0x7f.1').reason).toBe(
      '127.0.0.1 is a loopback address, allowed by allowLoopback',
    );
    expect(addressPolicy({ allowPrivate: true }).check('::ffff:10.0.0.1').reason).toBe(
      '::ffff:a00:1 carries 10.0.0.1 (IPv4-mapped), which is a private address, allowed by allowPrivate',
    );
    expect(addressPolicy({ trustedHosts: ['10.0.0.0/8'] }).check('10.0.0.1').reason).toBe(
      '10.0.0.1 is listed in trustedHosts',
    );
  });

  // What reaches the policy from a URL is the host WHATWG URL parsing produced.
  it.each([
    ['http://0x7f.1/', '127.0.0.1', 'loopback'],
    ['http://2130706433/', '127.0.0.1', 'loopback'],
    ['http://0251.0376.0251.0376/', '169.254.169.254', 'metadata'],
    ['http://[::ffff:169.254.169.254]/', '::ffff:a9fe:a9fe', 'metadata'],
    ['http://[0:0:0:0:0:ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe', 'metadata'],
    ['http://[64:ff9b::169.254.169.254]/', '64:ff9b::a9fe:a9fe', 'metadata'],
    ['http://[::a9fe:a9fe]/', '::a9fe:a9fe', 'metadata'],
    ['http://[::10.0.0.1]/', '::a00:1', 'private'],
    ['http://[FD00::1]/', 'fd00::1', 'uniqueLocal'],
  ])('refuses %s, whose URL host is %s', (url, address, rule) => {
    const verdict = policy.checkHost(new URL(url).hostname);
    expect(verdict).toMatchObject({ allowed: false, address, rule });
  });

  it('refuses cloud metadata names, leaves other names to their resolved addresses', () => {
    expect(policy.checkHost('metadata.google.internal')).toMatchObject({ allowed: false, rule: 'metadata' });
    expect(policy.checkHost('Metadata.Google.Internal.')).toMatchObject({ allowed: false, rule: 'metadata' });
    expect(policy.checkHost('api.openai.com')).toBeUndefined();
    expect(policy.checkHost('localhost')).toBeUndefined();
    expect(policy.checkHost('[::1]')).toMatchObject({ allowed: false, rule: 'loopback' });
    expect(policy.checkHost('8.8.8.8')).toMatchObject({ allowed: true, rule: 'public' });
  });
});

describe('addressPolicy: options', () => {
  it('allowLoopback allows loopback in every spelling, and nothing else', () => {
    const policy = addressPolicy({ allowLoopback: true });
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0x7f.1']) {
      expect(policy.check(address)).toMatchObject({ allowed: true, rule: 'loopback' });
    }
    for (const address of ['10.0.0.1', '0.0.0.0', '::', '169.254.169.254']) {
      expect(policy.check(address).allowed).toBe(false);
    }
  });

  it('allowPrivate allows private, unique-local, CGNAT and link-local, never metadata or loopback', () => {
    const policy = addressPolicy({ allowPrivate: true });
    for (const address of [
      '10.0.0.1',
      '::ffff:192.168.0.1',
      'fd12::1',
      '100.64.0.1',
      '169.254.1.1',
      'fe80::1',
    ]) {
      expect(policy.check(address).allowed).toBe(true);
    }
    for (const address of [
      '169.254.169.254',
      '::ffff:a9fe:a9fe',
      'fd00:ec2::254',
      '127.0.0.1',
      '::1',
      '224.0.0.1',
    ]) {
      expect(policy.check(address).allowed).toBe(false);
    }
    expect(policy.check('64:ff9b:1::808:808')).toMatchObject({ allowed: true, rule: 'private' });
    expect(policy.checkHost('metadata.google.internal')?.allowed).toBe(false);
  });

  it('trustedHosts trusts IP addresses in every spelling that reaches them, and CIDR ranges', () => {
    const policy = addressPolicy({ trustedHosts: ['169.254.169.254', '10.1.0.0/16', '[fd00::]/8', '[::1]'] });
    for (const address of [
      '169.254.169.254',
      '::ffff:a9fe:a9fe',
      '64:ff9b::a9fe:a9fe',
      '10.1.2.3',
      'fd00::7',
      '::1',
    ]) {
      expect(policy.check(address)).toMatchObject({ allowed: true, rule: 'trusted' });
    }
    // 6to4 and Teredo addresses reach another host, which is not trusted.
    expect(policy.check('2002:a9fe:a9fe::1')).toMatchObject({ allowed: false, rule: 'metadata' });
    expect(policy.check('10.2.0.1')).toMatchObject({ allowed: false, rule: 'private' });
    expect(policy.check('127.0.0.1')).toMatchObject({ allowed: false, rule: 'loopback' });
  });

  it('trustedHosts trusts host names exactly, case-insensitively, metadata names too', () => {
    const policy = addressPolicy({ trustedHosts: ['Ollama.Internal', 'metadata.google.internal.'] });
    expect(policy.checkHost('ollama.internal')).toMatchObject({ allowed: true, rule: 'trusted' });
    expect(policy.checkHost('OLLAMA.internal.')).toMatchObject({ allowed: true, rule: 'trusted' });
    expect(policy.checkHost('metadata.google.internal')).toMatchObject({ allowed: true, rule: 'trusted' });
    expect(policy.checkHost('x.ollama.internal')).toBeUndefined();
  });

  it.each([
    [null, 'addressPolicy: options must be an object'],
    [{ allowLoopback: 'yes' }, 'addressPolicy: allowLoopback must be a boolean; got "yes"'],
    [{ allowPrivate: 1 }, 'addressPolicy: allowPrivate must be a boolean; got 1'],
    [{ trustedHosts: 'ollama.internal' }, 'addressPolicy: trustedHosts must be an array of strings'],
    [
      { trustedHosts: ['a.b', 42] },
      'addressPolicy: trustedHosts[1] must be a host name, an IP address or a CIDR range; got number',
    ],
    [
      { trustedHosts: ['http://ollama.internal/'] },
      'addressPolicy: trustedHosts[0] must be a host name, an IP address or a CIDR range; got "http://ollama.internal/"',
    ],
    [
      { trustedHosts: ['10.0.0.0/33'] },
      'addressPolicy: trustedHosts[0] must be a host name, an IP address or a CIDR range; got "10.0.0.0/33"',
    ],
    [
      { trustedHosts: ['bad host'] },
      'addressPolicy: trustedHosts[0] must be a host name, an IP address or a CIDR range; got "bad host"',
    ],
  ])('rejects %j at factory time', (options, message) => {
    expect(() => addressPolicy(options as never)).toThrow(new TypeError(message));
  });
});
