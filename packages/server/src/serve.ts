import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBasePath } from './base-path.js';
import { checkMaxBodyBytes, gatewayApp } from './create-gateway.js';
import { failureReporter } from './failure-log.js';
import { createGatewayCore } from './gateway-core.js';
import { type GatewayKey, isKeyed } from './gateway-keys.js';
import { coreOptions } from './gateway-limits.js';
import type { GatewayOptions } from './gateway-options.js';
import type { GatewayRedisClient } from './gateway-redis.js';
import { fetchListener, gatewayListener } from './node-listener.js';
import { connectRedis, type OwnedRedis } from './redis-connection.js';

/** Options of `serve`. */
export interface ServeOptions extends Omit<GatewayOptions, 'redis'> {
  /**
   * Redis shared by every replica (see `GatewayOptions.redis`): a connected node-redis client, or a
   * `redis://` URL for which `serve` makes the client (needs the `redis` package), connects it and
   * closes it on `close()`. Start-up does not wait for Redis longer than 2 s. Default: none.
   */
  redis?: string | GatewayRedisClient;
  /** Port to listen on. Default: 8787; 0 picks a free one. */
  port?: number;
  /**
   * Interface to listen on. Default: `0.0.0.0` when `apiKeys` are set, else `127.0.0.1` — a gateway
   * without keys is never exposed beyond this machine. Giving a non-loopback host without keys throws.
   */
  hostname?: string;
  /** Receives start-up and shutdown lines. Default: `console.log`. */
  log?: (line: string) => void;
}

/** A running gateway. */
export interface RunningGateway {
  /** `http://<host>:<port>`. */
  readonly url: string;
  readonly port: number;
  /**
   * Stops accepting connections, lets open requests (streams included) finish for up to
   * `deadlineMs`, then closes whatever is left: client connections, and the upstream connections
   * of the transport `serve` made itself (a `transport` given in the options is left to its owner).
   * Resolves by the deadline, even with a stalled stream nobody reads still open.
   *
   * @param deadlineMs Default: 10000.
   * @throws TypeError when `deadlineMs` is not a number >= 0.
   */
  close(deadlineMs?: number): Promise<void>;
  /**
   * Replaces the gateway keys with policies (a keys file read again, e.g. on SIGHUP): checked whole
   * first, so a bad list changes nothing; requests in flight finish under the old keys.
   *
   * @throws ConfigError naming each mistake; TypeError when the gateway runs without keys.
   */
  setKeys(keys: readonly GatewayKey[]): void;
}

const loopback = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Runs the gateway on Node's HTTP server.
 *
 * @throws TypeError when asked to listen beyond loopback without gateway API keys.
 */
export async function serve(options: ServeOptions = {}): Promise<RunningGateway> {
  const log = options.log ?? console.log;
  const ownRedis = typeof options.redis === 'string' ? await connectRedis(options.redis, log) : undefined;
  try {
    return await listen(options, log, ownRedis);
  } catch (error) {
    await ownRedis?.close();
    throw error;
  }
}

async function listen(
  options: ServeOptions,
  log: (line: string) => void,
  ownRedis: OwnedRedis | undefined,
): Promise<RunningGateway> {
  const keyed = isKeyed(options);
  const hostname = options.hostname ?? (keyed ? '0.0.0.0' : '127.0.0.1');
  if (!keyed && !loopback.has(hostname)) {
    throw new TypeError(
      `serve: listening on ${hostname} needs apiKeys; without keys the gateway stays on loopback`,
    );
  }
  const port = options.port ?? 8787;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`serve: port must be an integer 0..65535; got ${port}`);
  }
  const redis = ownRedis?.client ?? (options.redis as GatewayRedisClient | undefined);
  const { redis: _given, ...rest } = options;
  const gatewayOptions: GatewayOptions = { ...rest, ...(redis === undefined ? {} : { redis }) };
  const limited = coreOptions(gatewayOptions);
  const core = createGatewayCore(limited.options);
  const maxBodyBytes = checkMaxBodyBytes(options.maxBodyBytes);
  const basePath = checkBasePath(options.basePath);
  const app = gatewayApp(core, gatewayOptions);
  let inFlight = 0;
  let drained: (() => void) | undefined;
  let listener: RequestListener | undefined;
  const server: Server = createServer((request, response) => {
    inFlight++;
    response.once('close', () => {
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    listener?.(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => {
      void ownRedis?.close();
      reject(error);
    });
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${bound}`;
  const fallback = fetchListener(app.fetch, url);
  // With CORS the Hono app answers everything, so preflights and CORS headers stay in one place.
  listener = options.cors
    ? fallback
    : gatewayListener(core, {
        origin: url,
        basePath,
        maxBodyBytes,
        fallback,
        report: failureReporter(gatewayOptions),
        limits: limited.limits,
      });
  log(`switchyard gateway listening on ${url}`);
  if (!keyed) log('no gateway API keys configured: listening on loopback only');

  let closing: Promise<void> | undefined;
  return {
    url,
    port: bound,
    setKeys: (keys) => core.setKeys(keys),
    close(deadlineMs = 10_000) {
      if (typeof deadlineMs !== 'number' || !(deadlineMs >= 0)) {
        throw new TypeError(`serve: close(deadlineMs) needs a number >= 0; got ${String(deadlineMs)}`);
      }
      closing ??= new Promise<void>((resolve) => {
        const endsAt = Date.now() + deadlineMs;
        // The dashboard's live streams would hold the drain open until the deadline: end them now.
        const coreClosed = core.close();
        const closed = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((done) => (drained = done));
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<void>((done) => {
          timer = setTimeout(done, deadlineMs);
        });
        void Promise.race([idle, deadline]).then(async () => {
          clearTimeout(timer);
          server.closeAllConnections();
          await closed;
          // The clients are gone, so their upstream calls were aborted: what is left is idle.
          const left = Math.max(0, endsAt - Date.now());
          await Promise.all([
            coreClosed,
            limited.ownTransport?.close(left),
            limited.ownClientHostTransport?.close(left),
            ownRedis?.close(),
          ]);
          log('switchyard gateway stopped');
          resolve();
        });
      });
      return closing;
    },
  };
}
