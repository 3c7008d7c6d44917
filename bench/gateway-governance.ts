/**
 * What governance costs the gateway: `serve()` from the built `@switchyard/server` in its own
 * process, with gateway keys, at concurrency 64 against the same mock provider, interleaved in
 * rounds in one run:
 *
 * - keys only: a keys file with one tenant, usage recording off (`usage: false`): the baseline;
 * - keys + usage: the same, summing usage per tenant and provider (the gateway's own trace into the
 *   memory usage store), as every keyed gateway does by default;
 * - keys + limits + usage: a requests and tokens per minute limit and a budget on the key (set far
 *   above what the run reaches, so every request is admitted and settled), memory stores;
 * - the same on Redis (`redis: <url>`), when `redis-server` is installed.
 *
 * Ratios are req/s against "keys only" in the same round (the target: limits with the memory
 * store under 5% of the gateway's throughput), and each gateway process's CPU µs per request.
 *
 * Run: pnpm build && pnpm exec tsx bench/gateway-governance.ts [--quick]
 */
import { Agent, request } from 'undici';
import {
  redisInstallCommand,
  redisServerAvailability,
  startRedisServer,
} from '../packages/cache-simple/src/test-support/redis-server.js';
import {
  assertFreshBuild,
  compareTo,
  type GatewayChild,
  printTable,
  runLoad,
  runRounds,
  startBenchServer,
  startGateway,
  writeResults,
} from './lib/index.js';

assertFreshBuild();
const quick = process.argv.includes('--quick');
const concurrency = 64;
const rounds = quick ? 2 : 4;
const slotMs = quick ? 500 : 1500;
const warmupRequests = quick ? 500 : 2000;

const mock = await startBenchServer({ kind: 'json' });
const redisAvailability = redisServerAvailability();
const redis = redisAvailability.available ? await startRedisServer() : undefined;
if (!redisAvailability.available) {
  console.log(`redis-server is not installed (${redisInstallCommand}): the Redis row is left out`);
}

const key = 'sk-gw-bench-0123456789';
const config = { provider: 'openai', api_key: 'sk-bench', custom_host: `${mock.origin}/v1` };
const plainKey = [{ name: 'bench', key }];
const limitedKey = [
  {
    name: 'bench',
    key,
    requests_per_minute: 100_000_000,
    tokens_per_minute: 1_000_000_000,
    budget_usd: 1_000_000,
  },
];
const gateways: Array<{ name: string; child: GatewayChild }> = [
  { name: 'keys only', child: await startGateway('switchyard', { config, keys: plainKey, usage: false }) },
  { name: 'keys + usage', child: await startGateway('switchyard', { config, keys: plainKey }) },
  { name: 'keys + limits + usage', child: await startGateway('switchyard', { config, keys: limitedKey }) },
];
if (redis !== undefined) {
  gateways.push({
    name: 'keys + limits + usage, Redis',
    child: await startGateway('switchyard', { config, keys: limitedKey, redis: redis.url }),
  });
}

const dispatcher = new Agent({ connections: concurrency, pipelining: 1 });
const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Say hello.' }] });
const call = (origin: string) => async () => {
  const answer = await request(`${origin}/v1/chat/completions`, {
    method: 'POST',
    dispatcher,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body,
  });
  const text = await answer.body.text();
  if (answer.statusCode !== 200) throw new Error(`${origin}: status ${answer.statusCode}: ${text}`);
  return text;
};
for (const gateway of gateways) await call(gateway.child.origin)();
for (const gateway of gateways) {
  await runLoad({ concurrency, requests: warmupRequests, call: call(gateway.child.origin) });
}
const cpuBefore = await Promise.all(gateways.map((gateway) => gateway.child.stats()));
const results = await runRounds({
  variants: gateways.map((gateway) => ({ name: gateway.name, call: call(gateway.child.origin) })),
  concurrency,
  rounds,
  slotMs,
  warmupRequests: 0,
});
const cpuAfter = await Promise.all(gateways.map((gateway) => gateway.child.stats()));
const compared = compareTo('keys only', results);
printTable(`gateway with keys, concurrency ${concurrency}: req/s vs keys only`, compared);
console.log('\ngateway CPU µs per request:');
gateways.forEach((gateway, index) => {
  const served = results[index]!.requests;
  const cpu = (cpuAfter[index]!.cpuUs - cpuBefore[index]!.cpuUs) / served;
  console.log(`  ${gateway.name.padEnd(30)} ${cpu.toFixed(1)}`);
});
writeResults('gateway-governance', { concurrency, rounds, slotMs, results: compared });

await Promise.all(gateways.map((gateway) => gateway.child.close()));
await dispatcher.close();
await mock.close();
await redis?.stop();
