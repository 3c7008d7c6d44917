import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The command that installs `redis-server` on Debian/Ubuntu (what `.ci/run` does). */
export const redisInstallCommand = 'apt-get install -y redis-server';

const binary = process.env['REDIS_SERVER'] ?? 'redis-server';

/**
 * Whether a `redis-server` binary can run here; when not, why (for the skip message).
 * `REDIS_SERVER` overrides the binary's path.
 */
export function redisServerAvailability(): { available: true } | { available: false; reason: string } {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (probe.error || probe.status !== 0) {
    return {
      available: false,
      reason: `${binary} is not installed or does not run (${probe.error?.message ?? `exit ${probe.status}`})`,
    };
  }
  return { available: true };
}

/**
 * Whether the tests named by `what` can have a real `redis-server`. Where it is missing they are
 * skipped, saying so (with the install command), on a developer's machine; in CI (`CI` set, as
 * `.ci/run` runs) a missing server throws, so that those tests fail instead of passing unrun.
 */
export function redisServerForTests(what: string): boolean {
  const availability = redisServerAvailability();
  if (availability.available) return true;
  const message = `${what} need a real redis-server: ${availability.reason}. Install it with: ${redisInstallCommand}`;
  if (runsInCI()) throw new Error(`CI must not skip them: ${message}`);
  console.warn(`SKIPPED: ${message}`);
  return false;
}

function runsInCI(): boolean {
  const ci = process.env['CI'];
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** A throwaway Redis on loopback. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the server (SIGTERM, no save) and removes its directory. Safe to call twice. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/**
 * Starts `redis-server` on 127.0.0.1 with no persistence, and resolves once it accepts connections:
 * on `port` (to restart a killed server in place), or on a free port, retrying another one when
 * the chosen one was taken meanwhile.
 */
export async function startRedisServer(options: { port?: number } = {}): Promise<RedisServer> {
  if (options.port !== undefined) return startOn(options.port);
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      return await startOn(port);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

async function startOn(port: number): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'switchyard-redis-'));
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await readyOrExit(child, port);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const exited = once(child, 'exit');
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

/** Resolves when the server accepts a PING; rejects when it exits first or takes over 10 s. */
async function readyOrExit(child: ChildProcess, port: number): Promise<void> {
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`redis-server exited (${child.exitCode}) on port ${port}: ${output}`);
    if (await pings(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`redis-server did not accept connections on port ${port} within 10 s: ${output}`);
}

async function pings(port: number): Promise<boolean> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => finish(data.toString().startsWith('+PONG')));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}
