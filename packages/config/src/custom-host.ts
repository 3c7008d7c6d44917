import { isIP } from 'node:net';

/** Options of `checkCustomHost`. */
export interface CustomHostPolicy {
  /**
   * Hosts (names or IP literals) allowed even though they are private, link-local or metadata
   * addresses. Default: none. Loopback is allowed unless `allowLoopback` is false.
   */
  trustedHosts?: readonly string[];
  /** Allow `localhost` and 127.0.0.0/8, `::1` (local models such as Ollama). Default: true. */
  allowLoopback?: boolean;
}

const metadataHosts = new Set([
  'metadata.google.internal',
  'metadata',
  'instance-data',
  'metadata.azure.internal',
]);

/**
 * Why `value` may not be used as a `custom_host`, or `undefined` when it may: http(s) only, no
 * userinfo, no control characters, and no private, link-local or cloud-metadata address unless
 * trusted. Host names are checked as written; a name that resolves to a private address is the
 * operator's network to police.
 */
export function customHostProblem(value: string, policy: CustomHostPolicy = {}): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we reject
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return 'must not contain whitespace or control characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `must use http or https, not ${url.protocol}`;
  if (url.username !== '' || url.password !== '') return 'must not contain credentials (user:password@)';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if ((policy.trustedHosts ?? []).some((trusted) => trusted.toLowerCase() === host)) return undefined;
  const loopback = host === 'localhost' || host.endsWith('.localhost') || isLoopback(host);
  if (loopback) return policy.allowLoopback === false ? 'must not point at a loopback address' : undefined;
  if (metadataHosts.has(host)) return 'must not point at a cloud metadata service';
  const kind = privateKind(host);
  if (kind) return `must not point at a ${kind} address unless listed in trustedHosts`;
  return undefined;
}

function isLoopback(host: string): boolean {
  if (isIP(host) === 4) return host.startsWith('127.');
  if (isIP(host) === 6) return host === '::1' || ipv4Mapped(host)?.startsWith('127.') === true;
  return false;
}

function ipv4Mapped(host: string): string | undefined {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  return match?.[1];
}

function privateKind(host: string): string | undefined {
  const version = isIP(host);
  if (version === 6) {
    const mapped = ipv4Mapped(host);
    if (mapped) return privateKind(mapped);
    if (
      host === '::' ||
      host.startsWith('fe8') ||
      host.startsWith('fe9') ||
      host.startsWith('fea') ||
      host.startsWith('feb')
    ) {
      return 'link-local or unspecified';
    }
    if (host.startsWith('fc') || host.startsWith('fd')) return 'private (unique local)';
    return undefined;
  }
  if (version !== 4) return undefined;
  const [a, b] = host.split('.').map(Number) as [number, number];
  if (a === 169 && b === 254) return 'link-local or cloud metadata';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-grade NAT';
  if (a === 0) return 'unspecified';
  return undefined;
}
