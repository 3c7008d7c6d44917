import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startMockProvider } from './mock-provider.js';
import { fault } from './mock-provider-faults.js';

const watched = ['TCPServerWrap', 'TCPSocketWrap', 'Timeout'];

function handleCounts(): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(watched.map((name) => [name, 0]));
  for (const name of process.getActiveResourcesInfo())
    if (name in counts) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

/** Waits (a bounded number of event-loop turns) for the client side to notice its sockets were closed. */
async function settle(expected: Record<string, number>): Promise<Record<string, number>> {
  for (let turn = 0; turn < 200; turn++) {
    const counts = handleCounts();
    if (watched.every((name) => (counts[name] ?? 0) <= (expected[name] ?? 0))) return counts;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return handleCounts();
}

describe('startMockProvider: close', () => {
  it('destroys open, hanging, delayed and streaming connections and leaves no handle or timer behind', async () => {
    const before = handleCounts();
    const mock = await startMockProvider({
      streamChunkDelayMs: 60_000,
      faults: [fault.none(), fault.hang(), fault.latency(60_000), fault.none()],
    });
    const chat = (stream: boolean) =>
      fetch(`${mock.baseURL}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'a b c' }], stream }),
      }).then((response) => response.text());
    expect(await chat(false)).toContain('chat.completion');
    const pending = [chat(false), chat(false), chat(true)].map((call) =>
      call.then(
        () => 'answered',
        () => 'failed',
      ),
    );
    while (mock.calls < 4) await new Promise((resolve) => setImmediate(resolve));
    const during = handleCounts();
    expect(during['TCPServerWrap']).toBe((before['TCPServerWrap'] ?? 0) + 1);
    expect(during['Timeout']).toBeGreaterThan(before['Timeout'] ?? 0);

    await mock.close();
    expect(await Promise.all(pending)).toEqual(['failed', 'failed', 'failed']);
    // Vitest's own timers come and go, so timers are only bounded here; the child-process test below
    // is the one that proves no delay timer survives.
    const after = await settle(before);
    for (const name of watched) expect(after[name], name).toBeLessThanOrEqual(before[name] ?? 0);
    await expect(fetch(`${mock.url}/v1/models`)).rejects.toThrow();
    expect(mock.close()).toBe(mock.close());
  });

  it('lets a process that used it exit by itself', async () => {
    const fixture = fileURLToPath(new URL('./test-fixtures/mock-provider-exit.ts', import.meta.url));
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@switchyard/source', fixture], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (data) => {
      output += data;
    });
    child.stderr.on('data', (data) => {
      output += data;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    );
    clearTimeout(killer);
    expect({ code, signal, output }).toEqual({
      code: 0,
      signal: null,
      output: 'normal: body\nhang: rejected\nslow: rejected\npaced-stream: body cut\nclosed\n',
    });
  });
});
