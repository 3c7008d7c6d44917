/**
 * Gateway throughput and added latency, at concurrency 64, all in one run against the same mock
 * provider (a bench server in its own process answering a fixed chat completion):
 *
 * - direct: the load generator calls the mock itself (the ceiling);
 * - bare proxy: a `node:http` server that reads and parses the JSON body, forwards it with
 *   `undici.request` and writes the bytes back (the floor of any Node gateway);
 * - switchyard: `serve()` from the built `@switchyard/server` (undiciTransport; `pnpm build` first,
 *   checked), one target from
 *   `x-portkey-provider: openai` + `x-portkey-custom-host`, and a fallback config whose first
 *   target answers 503 and the second 200;
 * - portkey: the published `@portkey-ai/gateway` (`--headless`), same headers and same config.
 *
 * Every gateway runs in its own child process, bound to 127.0.0.1 (the bare proxy and Switchyard are
 * bench/lib's `startGateway`, as in bench/many-streams.ts); the Portkey gateway is started
 * with a preload that pins its listener to 127.0.0.1 and refuses any connection that is not to
 * loopback (it makes none on these routes; a refused one would show as errors). Besides req/s and
 * p50/p99 seen by the load generator, each gateway process reports its own CPU µs per request.
 *
 * Run: pnpm build && pnpm exec tsx bench/gateway.ts [--quick]
 * Profile the bare proxy and Switchyard processes: GATEWAY_CPU_PROF=<directory> (one .cpuprofile per
 * process).
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { Agent, request } from 'undici';
import {
  assertFreshBuild,
  type ComparedResult,
  compareTo,
  forkListening,
  printTable,
  runLoad,
  runRounds,
  startBenchServer,
  startGateway,
  type VariantResult,
  writeResults,
} from './lib/index.js';

/**
 * Preload for the Portkey gateway process: listen on 127.0.0.1 whatever port and host it asks for
 * (it takes `--port=0` and binds every interface otherwise), report the port and CPU time over IPC,
 * and refuse outgoing connections beyond loopback.
 */
const portkeyPreload = `
import net from 'node:net';
import http from 'node:http';
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? { ...args[0], host: '127.0.0.1' } : { port: Number(args[0]) || 0, host: '127.0.0.1' };
  this.once('listening', () => process.send({ port: this.address().port }));
  return listen.call(this, options, ...args.filter((arg) => typeof arg === 'function'));
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? (Array.isArray(args[0]) ? args[0][0] : args[0]) : { host: args[1] };
  const host = options.host ?? 'localhost';
  if (options.path === undefined && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
    process.emitWarning('bench: refused a connection to ' + host);
    this.destroy(new Error('bench: outgoing connections are limited to loopback; refused ' + host));
    return this;
  }
  return connect.apply(this, args);
};
process.on('message', (message) => {
  if (message === 'cpu') { const { user, system } = process.cpuUsage(); process.send({ cpuUs: user + system }); }
  if (message === 'close') process.exit(0);
});
`;

/** A gateway in its own process, as measured here. */
interface GatewayProcess {
  origin: string;
  /** The process's CPU time so far (user + system), µs. */
  cpuUs(): Promise<number>;
  close(): Promise<void>;
}

/** The bare proxy or Switchyard, started by bench/lib's `startGateway`. */
async function startOwnChild(role: 'bare-proxy' | 'switchyard', upstream = ''): Promise<GatewayProcess> {
  const child = role === 'bare-proxy' ? await startGateway(role, upstream) : await startGateway(role);
  return { origin: child.origin, cpuUs: async () => (await child.stats()).cpuUs, close: () => child.close() };
}

async function startPortkey(): Promise<GatewayProcess> {
  const entry = createRequire(import.meta.url).resolve('@portkey-ai/gateway/build/start-server.js');
  const { port, child, close } = await forkListening(
    entry,
    ['--headless', '--port=0'],
    ['--import', `data:text/javascript,${encodeURIComponent(portkeyPreload)}`],
    'portkey gateway',
    // Its banner and per-request console output go nowhere, as in a headless deployment.
    { env: { ...process.env, NODE_ENV: 'production' }, stdout: 'ignore' },
  );
  return {
    origin: `http://127.0.0.1:${port}`,
    async cpuUs() {
      child.send('cpu');
      const [answer] = (await once(child, 'message')) as [{ cpuUs: number }];
      return answer.cpuUs;
    },
    close,
  };
}

async function main(): Promise<void> {
  assertFreshBuild();
  const quick = process.argv.includes('--quick');
  const concurrency = 64;
  const rounds = quick ? 2 : 4;
  const slotMs = quick ? 500 : 1500;
  const warmupRequests = quick ? 500 : 2000;

  const mock = await startBenchServer({ kind: 'json' });
  const failing = await startBenchServer({ kind: 'json', statuses: [503] });
  const children = {
    bare: await startOwnChild('bare-proxy', mock.origin),
    switchyardSingle: await startOwnChild('switchyard'),
    switchyardFallback: await startOwnChild('switchyard'),
    portkeySingle: await startPortkey(),
    portkeyFallback: await startPortkey(),
  };
  const dispatcher = new Agent({ connections: concurrency, pipelining: 1 });
  const body = JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Say hello.' }],
  });
  const single = {
    'content-type': 'application/json',
    authorization: 'Bearer sk-bench',
    'x-portkey-provider': 'openai',
    'x-portkey-custom-host': `${mock.origin}/v1`,
  };
  const fallbackConfig = JSON.stringify({
    strategy: { mode: 'fallback' },
    targets: [
      { provider: 'openai', api_key: 'sk-bench', custom_host: `${failing.origin}/v1` },
      { provider: 'openai', api_key: 'sk-bench', custom_host: `${mock.origin}/v1` },
    ],
  });
  const fallback = { 'content-type': 'application/json', 'x-portkey-config': fallbackConfig };

  const call = (origin: string, headers: Record<string, string>) => async () => {
    const answer = await request(`${origin}/v1/chat/completions`, {
      method: 'POST',
      dispatcher,
      headers,
      body,
    });
    const text = await answer.body.text();
    if (answer.statusCode !== 200) throw new Error(`${origin}: status ${answer.statusCode}: ${text}`);
    if (!text.includes('Hello from the benchmark server.')) throw new Error(`${origin}: unexpected body`);
    return text;
  };
  const measured: Array<{ name: string; process?: GatewayProcess; call: () => Promise<unknown> }> = [
    { name: 'direct to mock', call: call(mock.origin, single) },
    { name: 'bare node:http proxy', process: children.bare, call: call(children.bare.origin, single) },
    {
      name: 'switchyard single',
      process: children.switchyardSingle,
      call: call(children.switchyardSingle.origin, single),
    },
    {
      name: 'switchyard fallback',
      process: children.switchyardFallback,
      call: call(children.switchyardFallback.origin, fallback),
    },
    {
      name: 'portkey single',
      process: children.portkeySingle,
      call: call(children.portkeySingle.origin, single),
    },
    {
      name: 'portkey fallback',
      process: children.portkeyFallback,
      call: call(children.portkeyFallback.origin, fallback),
    },
  ];
  // Each answer must be right before anything is timed.
  for (const variant of measured) await variant.call();

  // Warm up here rather than in runRounds, so each gateway's CPU per request excludes JIT warm-up.
  for (const variant of measured)
    await runLoad({ concurrency, requests: warmupRequests, call: variant.call });
  const cpuBefore = await Promise.all(measured.map((variant) => variant.process?.cpuUs()));
  const results = await runRounds({
    variants: measured.map(({ name, call }) => ({ name, call })),
    concurrency,
    rounds,
    slotMs,
    warmupRequests: 0,
  });
  const cpuAfter = await Promise.all(measured.map((variant) => variant.process?.cpuUs()));
  const gatewayCpuUsPerRequest = Object.fromEntries(
    measured.map((variant, index) => {
      const before = cpuBefore[index];
      const after = cpuAfter[index];
      const served = results[index]!.requests;
      return [variant.name, before === undefined || after === undefined ? null : (after - before) / served];
    }),
  );

  const byName = (name: string) => results.find((result) => result.name === name)!;
  const tables: Record<string, ComparedResult[]> = {
    'vs direct to mock': compareTo('direct to mock', results),
    'vs bare node:http proxy': compareTo('bare node:http proxy', results),
    'vs portkey (single to single, fallback to fallback)': [
      ...compareTo('portkey single', [byName('portkey single'), byName('switchyard single')]),
      ...compareTo('portkey fallback', [byName('portkey fallback'), byName('switchyard fallback')]),
    ],
  };
  for (const [title, rows] of Object.entries(tables)) {
    printTable(`Gateways at concurrency ${concurrency}, ${title} (cpu columns: the load generator)`, rows);
  }
  console.log('\nCPU µs per request inside each gateway process:');
  for (const [name, cpu] of Object.entries(gatewayCpuUsPerRequest)) {
    if (cpu !== null) console.log(`  ${name.padEnd(22)} ${cpu.toFixed(1)}`);
  }
  const ratio = (a: VariantResult, b: VariantResult) => a.rps / b.rps;
  const summary = {
    singleVsPortkey: ratio(byName('switchyard single'), byName('portkey single')),
    fallbackVsPortkey: ratio(byName('switchyard fallback'), byName('portkey fallback')),
    singleVsBareProxy: ratio(byName('switchyard single'), byName('bare node:http proxy')),
    fallbackVsBareProxy: ratio(byName('switchyard fallback'), byName('bare node:http proxy')),
    bareProxyVsPortkey: ratio(byName('bare node:http proxy'), byName('portkey single')),
    singleVsDirect: ratio(byName('switchyard single'), byName('direct to mock')),
    portkeyVsDirect: ratio(byName('portkey single'), byName('direct to mock')),
  };
  console.log(
    '\nSummary (req/s ratios; target: switchyard >= 5x portkey, aiming for 10x, ~0.7x the bare proxy):',
  );
  for (const [name, value] of Object.entries(summary))
    console.log(`  ${name.padEnd(20)} ${value.toFixed(2)}×`);
  const path = writeResults('gateway', {
    concurrency,
    rounds,
    slotMs,
    results: tables,
    gatewayCpuUsPerRequest,
    summary,
  });
  console.log(`\nwrote ${path}`);

  await dispatcher.close();
  await Promise.all([
    ...Object.values(children).map((child) => child.close()),
    mock.close(),
    failing.close(),
  ]);
}

await main();
