import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MockProvider, startMockProvider } from '@switchyard/testing';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisServerForTests, startRedisServer } from '../../cache-simple/src/test-support/redis-server.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('./bin.ts', import.meta.url));

interface RunningBin {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs `switchyard <args>` from source, as the published `bin` runs it, and waits until it listens. */
async function startBin(args: string[], env: Record<string, string> = {}): Promise<RunningBin> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@switchyard/source', bin, ...args],
    {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (data) => {
    output += data;
  });
  child.stderr!.on('data', (data) => {
    output += data;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line within 15 s:\n${output}`)), 15_000);
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** Runs `switchyard <args>` to completion (for commands that must not start a server). */
async function runBin(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@switchyard/source', bin, ...args],
    {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (data) => {
    output += data;
  });
  child.stderr.on('data', (data) => {
    output += data;
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(killer);
  return { code, output };
}

/** The status of a chat completion sent to the running bin with gateway key `key`. */
async function chatStatus(running: RunningBin, key: string): Promise<number> {
  const answer = await fetch(`${running.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-portkey-api-key': key },
    body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
  });
  await answer.body?.cancel();
  return answer.status;
}

async function stop(running: RunningBin): Promise<number | null> {
  const exited = once(running.child, 'exit');
  running.child.kill('SIGTERM');
  const killer = setTimeout(() => running.child.kill('SIGKILL'), 20_000);
  const [code] = (await exited) as [number | null];
  clearTimeout(killer);
  return code;
}

const redisForBin = redisServerForTests('the bin with --redis');
let provider: MockProvider;
let directory: string;

beforeAll(async () => {
  provider = await startMockProvider({ reply: 'served through the switchyard bin' });
  directory = mkdtempSync(join(tmpdir(), 'switchyard-cli-'));
});

afterAll(async () => {
  await provider.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('switchyard serve (the bin)', () => {
  it.skipIf(!redisForBin)(
    'takes --redis and --admin-key: usage lands in Redis and reads back at /admin/usage',
    async () => {
      const redis = await startRedisServer();
      const config = join(directory, 'redis-config.json');
      writeFileSync(
        config,
        JSON.stringify({ provider: 'openai', api_key: 'sk-x', custom_host: provider.baseURL }),
      );
      const adminKey = 'sk-admin-0123456789abcdef';
      const running = await startBin([
        'serve',
        '--port',
        '0',
        '--config',
        config,
        '--redis',
        redis.url,
        '--admin-key',
        adminKey,
      ]);
      try {
        const answer = await fetch(`${running.url}/v1/chat/completions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] }),
        });
        expect(answer.status).toBe(200);
        await expect
          .poll(
            async () => {
              const usage = await fetch(`${running.url}/admin/usage?kind=provider&period=day`, {
                headers: { authorization: `Bearer ${adminKey}` },
              });
              return ((await usage.json()) as { totals: Record<string, { requests: number }> }).totals.openai
                ?.requests;
            },
            { timeout: 5_000 },
          )
          .toBe(1);
      } finally {
        expect(await stop(running)).toBe(0);
        await redis.stop();
      }
    },
  );

  it('runs --workers 2 on one port, says limits are per process without Redis, reloads keys in both, and stops cleanly', async () => {
    const keys = join(directory, 'worker-keys.yaml');
    const config = join(directory, 'worker-config.json');
    writeFileSync(
      config,
      JSON.stringify({ provider: 'openai', api_key: 'sk-x', custom_host: provider.baseURL }),
    );
    writeFileSync(keys, 'keys:\n  - name: team-a\n    key: sk-gw-team-a-0123456789\n');
    const running = await startBin([
      'serve',
      '--workers',
      '2',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--config',
      config,
      '--keys',
      keys,
    ]);
    const status = (key: string) => chatStatus(running, key);
    try {
      await expect.poll(running.output, { timeout: 15_000 }).toMatch(/2 workers listening \(pids \d+, \d+\)/);
      expect(running.output()).toContain('each process keeps its own rate limits, budgets, usage and cache');
      // Both workers listen on the one port the primary shares (each prints its own line, in no set order).
      const listening = () => running.output().match(/listening on http:\/\/127\.0\.0\.1:(\d+)/g) ?? [];
      await expect.poll(() => listening().length, { timeout: 10_000 }).toBe(2);
      expect(listening()).toEqual([`listening on ${running.url}`, `listening on ${running.url}`]);
      for (let i = 0; i < 4; i++) expect(await status('sk-gw-team-a-0123456789')).toBe(200);
      writeFileSync(keys, 'keys:\n  - name: team-b\n    key: sk-gw-team-b-0123456789\n');
      running.child.kill('SIGHUP');
      await expect
        .poll(() => running.output().split(`gateway keys read again from ${keys}`).length - 1, {
          timeout: 5_000,
        })
        .toBe(2);
      for (let i = 0; i < 4; i++) expect(await status('sk-gw-team-b-0123456789')).toBe(200);
    } finally {
      expect(await stop(running)).toBe(0);
    }
    // The workers' last lines may reach the pipe after the primary's exit is seen.
    await expect.poll(() => running.output().match(/switchyard gateway stopped/g)?.length).toBe(2);
  });

  it('serves --keys (YAML), reads the file again on SIGHUP, and keeps the old keys when the new file is wrong', async () => {
    const keys = join(directory, 'keys.yaml');
    const config = join(directory, 'keyed-config.json');
    writeFileSync(
      config,
      JSON.stringify({ provider: 'openai', api_key: 'sk-from-config', custom_host: provider.baseURL }),
    );
    writeFileSync(keys, 'keys:\n  - name: team-a\n    key: sk-gw-team-a-0123456789\n');
    const running = await startBin([
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--config',
      config,
      '--keys',
      keys,
    ]);
    const status = (key: string) => chatStatus(running, key);
    try {
      expect(await status('sk-gw-team-a-0123456789')).toBe(200);
      writeFileSync(keys, 'keys:\n  - name: team-b\n    key: sk-gw-team-b-0123456789\n');
      running.child.kill('SIGHUP');
      await expect.poll(running.output, { timeout: 5_000 }).toContain(`gateway keys read again from ${keys}`);
      expect(await status('sk-gw-team-a-0123456789')).toBe(401);
      expect(await status('sk-gw-team-b-0123456789')).toBe(200);
      writeFileSync(keys, 'keys:\n  - name: team-c\n    budget_period: weekly\n');
      running.child.kill('SIGHUP');
      await expect.poll(running.output, { timeout: 5_000 }).toContain('not read again, the old keys stay');
      expect(running.output()).toContain('keys[0].budget_period');
      expect(await status('sk-gw-team-b-0123456789')).toBe(200);
    } finally {
      expect(await stop(running)).toBe(0);
    }
  });

  it('starts on a free loopback port, answers the openai client, and stops cleanly on SIGTERM', async () => {
    const running = await startBin(['serve', '--port', '0']);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await expect
        .poll(running.output, { timeout: 5_000 })
        .toContain('no gateway API keys configured: listening on loopback only');
      const client = new OpenAI({
        apiKey: 'sk-through-bin',
        baseURL: `${running.url}/v1`,
        maxRetries: 0,
        defaultHeaders: { 'x-portkey-provider': 'openai', 'x-portkey-custom-host': provider.baseURL },
      });
      const answer = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Hi' }],
      });
      expect(answer.choices[0]?.message.content).toBe('served through the switchyard bin');
      expect(provider.requests.at(-1)?.headers.authorization).toBe('Bearer sk-through-bin');
    } finally {
      expect(await stop(running)).toBe(0);
    }
    expect(running.output()).toContain('switchyard gateway stopped');
  });

  it('serves a default config from --config, and requires SWITCHYARD_API_KEYS keys when set', async () => {
    const config = join(directory, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({ provider: 'openai', api_key: 'sk-from-config', custom_host: provider.baseURL }),
    );
    const running = await startBin(['serve', '--port', '0', '--host', '127.0.0.1', '--config', config], {
      SWITCHYARD_API_KEYS: 'gw-one, gw-two',
    });
    try {
      const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
      const anonymous = await fetch(`${running.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(anonymous.status).toBe(401);
      const keyed = await fetch(`${running.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer gw-two' },
        body,
      });
      expect(keyed.status).toBe(200);
      expect(provider.requests.at(-1)?.headers.authorization).toBe('Bearer sk-from-config');
      expect(running.output()).not.toContain('gw-two');
    } finally {
      expect(await stop(running)).toBe(0);
    }
  });

  it('explains usage and rejects a bad port or an unknown command with a non-zero exit', async () => {
    const help = await runBin(['--help']);
    expect(help.code).toBe(0);
    expect(help.output).toContain('Usage: switchyard serve [options]');
    const badPort = await runBin(['serve', '--port', 'eighty']);
    expect(badPort.code).toBe(1);
    expect(badPort.output).toContain('switchyard: --port must be 0..65535; got eighty');
    expect(help.output).toContain('--request-deadline-ms <n>');
    expect(help.output).toContain('--stream-idle-timeout-ms <n>');
    const badDeadline = await runBin(['serve', '--port', '0', '--request-deadline-ms', 'soon']);
    expect(badDeadline.code).toBe(1);
    expect(badDeadline.output).toContain(
      'switchyard: --request-deadline-ms must be an integer >= 0 (milliseconds, 0 for none); got soon',
    );
    const unknown = await runBin(['start']);
    expect(unknown, unknown.output).toMatchObject({ code: 2 });
    const exposed = await runBin(['serve', '--port', '0', '--host', '0.0.0.0']);
    expect(exposed.code).toBe(1);
    expect(exposed.output).toContain('needs apiKeys');
  });
});
