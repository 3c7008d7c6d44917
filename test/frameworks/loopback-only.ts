import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type ExampleRun, runExample } from './run-example.js';

/** What `loopback-only.mjs` saw: the connections made (`host:port`) and those refused. */
export interface NetworkReport {
  allowed: string[];
  refused: string[];
}

const guard = new URL('./loopback-only.mjs', import.meta.url).href;

/**
 * Runs an example with `loopback-only.mjs` preloaded: any connection or DNS lookup beyond loopback
 * is refused before anything is sent. Returns the run and what the guard saw.
 */
export async function runExampleOnLoopback(
  name: string,
  killAfterMs?: number,
): Promise<ExampleRun & { network: NetworkReport }> {
  const directory = await mkdtemp(join(tmpdir(), 'loopback-only-'));
  try {
    const report = join(directory, 'network.json');
    const run = await runExample(
      name,
      { NODE_OPTIONS: `--import=${guard}`, LOOPBACK_ONLY_REPORT: report },
      killAfterMs,
    );
    const network = JSON.parse(await readFile(report, 'utf8')) as NetworkReport;
    return { ...run, network };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The run connected, and only to 127.0.0.1; nothing was refused. */
export function expectLoopbackOnly(network: NetworkReport): void {
  expect(network.refused).toEqual([]);
  expect(network.allowed.length).toBeGreaterThan(0);
  for (const target of network.allowed) expect(target).toMatch(/^127\.0\.0\.1:\d+$/);
}
