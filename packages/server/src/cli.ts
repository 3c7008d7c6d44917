import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { registryFromDirectory, vaultFromEnv, vaultFromFile } from '@switchyard/config';
import { SwitchyardError } from '@switchyard/core';
import { runPrimary } from './cluster-primary.js';
import { readGatewayKeysFile } from './gateway-keys.js';
import { withoutCredentials } from './redis-connection.js';
import { type RunningGateway, serve } from './serve.js';

const usage = `Usage: switchyard serve [options]

  --config <file>              default config (Portkey JSON) for requests that bring none
  --vault <file>               virtual keys (JSON or YAML; values may be env:NAME); default: SWITCHYARD_VK_* variables
  --configs <dir>              config ids: one <id>.json per config
  --keys <file>                gateway keys with policies (YAML or JSON); read again on SIGHUP
  --admin-key <key>            the operator's key for /admin/usage and /ui (default: SWITCHYARD_ADMIN_KEY)
  --redis <url>                redis://... shared by replicas: limits, budgets, usage, cache, responses
                               (default: SWITCHYARD_REDIS_URL)
  --workers <n>                run n processes sharing the port (node:cluster); default 1
  --port <n>                   port (default 8787)
  --host <addr>                interface (default 127.0.0.1 without API keys, 0.0.0.0 with)
  --request-deadline-ms <n>    whole request, answer included; 0: none (default 600000)
  --stream-idle-timeout-ms <n> longest silence inside an answer; 0: none (default 300000)
  API keys: SWITCHYARD_API_KEYS (comma-separated); without them the gateway stays on loopback.`;

/** Runs the `switchyard` command line; returns the process exit code once the server is up or failed. */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'serve') {
    console.error(usage);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        config: { type: 'string' },
        vault: { type: 'string' },
        configs: { type: 'string' },
        keys: { type: 'string' },
        'admin-key': { type: 'string' },
        redis: { type: 'string' },
        workers: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'request-deadline-ms': { type: 'string' },
        'stream-idle-timeout-ms': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    const apiKeys = (process.env.SWITCHYARD_API_KEYS ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter(Boolean);
    const keysFile = values.keys;
    const port = values.port === undefined ? 8787 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535)
      throw new TypeError(`--port must be 0..65535; got ${values.port}`);
    const adminKey =
      typeof values['admin-key'] === 'string' ? values['admin-key'] : process.env.SWITCHYARD_ADMIN_KEY;
    const redis = typeof values.redis === 'string' ? values.redis : process.env.SWITCHYARD_REDIS_URL;
    const workers = values.workers === undefined ? 1 : Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
      throw new TypeError(`--workers must be an integer 1..256; got ${values.workers}`);
    }
    if (workers > 1 && cluster.isPrimary) {
      console.log(
        redis === undefined
          ? `switchyard: ${workers} workers without Redis: each process keeps its own rate limits, budgets, usage and cache (give --redis to share them)`
          : `switchyard: ${workers} workers sharing Redis at ${withoutCredentials(redis)}`,
      );
      await runPrimary(workers, console.log);
      return 0;
    }
    const running = await serve({
      port,
      apiKeys,
      ...milliseconds('requestDeadlineMs', '--request-deadline-ms', values['request-deadline-ms']),
      ...milliseconds('streamIdleTimeoutMs', '--stream-idle-timeout-ms', values['stream-idle-timeout-ms']),
      ...(typeof values.host === 'string' ? { hostname: values.host } : {}),
      ...(typeof values.config === 'string'
        ? { config: JSON.parse(readFileSync(values.config, 'utf8')) }
        : {}),
      vault: typeof values.vault === 'string' ? vaultFromFile(values.vault) : vaultFromEnv(),
      ...(typeof values.configs === 'string' ? { registry: registryFromDirectory(values.configs) } : {}),
      ...(typeof keysFile === 'string' ? { keys: readGatewayKeysFile(keysFile) } : {}),
      ...(adminKey === undefined || adminKey === '' ? {} : { adminKey }),
      ...(redis === undefined || redis === '' ? {} : { redis }),
    });
    if (typeof keysFile === 'string') reloadKeysOnHangup(running, keysFile);
    // First signal: stop gracefully (open streams get up to 10 s). A second one: stop now.
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (stopping) process.exit(1);
        stopping = true;
        void running.close().then(() => process.exit(0));
      });
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof SwitchyardError || error instanceof TypeError ? error.message : String(error);
    console.error(`switchyard: ${message}`);
    return 1;
  }
}

/** `{ [option]: n }` for a flag given as an integer >= 0, `{}` for a flag not given. */
function milliseconds(
  option: string,
  flag: string,
  value: string | boolean | undefined,
): Record<string, number> {
  if (typeof value !== 'string') return {};
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new TypeError(`${flag} must be an integer >= 0 (milliseconds, 0 for none); got ${value}`);
  }
  return { [option]: number };
}

/** SIGHUP reads the keys file again; a file with a mistake is refused, naming it, and the old keys stay. */
function reloadKeysOnHangup(running: RunningGateway, path: string): void {
  process.on('SIGHUP', () => {
    try {
      running.setKeys(readGatewayKeysFile(path));
      console.error(`switchyard: gateway keys read again from ${path}`);
    } catch (error) {
      const message = error instanceof SwitchyardError ? error.message : String(error);
      console.error(`switchyard: ${path} not read again, the old keys stay: ${message}`);
    }
  });
}
