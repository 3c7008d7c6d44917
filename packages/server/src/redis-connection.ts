import type { GatewayRedisClient } from './gateway-redis.js';

/** A client `serve` made from a URL, and how to let it go. */
export interface OwnedRedis {
  client: GatewayRedisClient;
  close(): Promise<void>;
}

/** The parts of node-redis's client `serve` drives for a client it made. */
interface NodeRedisClient {
  connect(): Promise<unknown>;
  close(): Promise<unknown>;
  destroy(): void;
  readonly isReady: boolean;
  readonly isOpen: boolean;
  on(event: 'error' | 'ready', listener: (error?: unknown) => void): unknown;
}

/**
 * A node-redis client for `url`, connecting (waiting up to `connectTimeoutMs` for the first
 * connection, then going on without it): commands fail at once while Redis is unreachable
 * (offline queue off) and the client keeps reconnecting in the background. Connection errors are
 * logged once per outage, with the URL's password left out.
 */
export async function connectRedis(
  url: string,
  log: (line: string) => void,
  connectTimeoutMs = 2_000,
): Promise<OwnedRedis> {
  const where = withoutCredentials(url);
  const { createClient } = await import('redis');
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000),
    },
  });
  const driven = client as unknown as NodeRedisClient;
  let reported = false;
  driven.on('error', (error) => {
    if (reported) return;
    reported = true;
    log(`switchyard: Redis at ${where}: ${error instanceof Error ? error.message : String(error)}`);
  });
  driven.on('ready', () => {
    if (reported) log(`switchyard: Redis at ${where} is back`);
    reported = false;
  });
  const connecting = driven.connect();
  connecting.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const connected = await Promise.race([
    connecting.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), connectTimeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  if (!connected) {
    log(`switchyard: Redis at ${where} not reachable yet: limits fail open and the cache misses until it is`);
  }
  return {
    client: client as unknown as GatewayRedisClient,
    async close() {
      if (driven.isReady) await driven.close().catch(() => driven.destroy());
      else if (driven.isOpen) driven.destroy();
    },
  };
}

/** `url` without user and password, for messages. */
export function withoutCredentials(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
