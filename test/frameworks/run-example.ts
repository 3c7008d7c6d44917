import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startMockProvider } from '@switchyard/testing';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** What an example printed and how it ended. */
export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `examples/<name>/index.ts` as `pnpm exec tsx --conditions=@switchyard/source` would, with
 * exactly `env` (plus PATH: no inherited OPENAI_* variables), and waits for it to end by itself.
 *
 * @param killAfterMs when a still-running example is killed (its test then fails). Default: 45000.
 */
export async function runExample(
  name: string,
  env: Record<string, string> = {},
  killAfterMs = 45_000,
): Promise<ExampleRun> {
  const entry = fileURLToPath(new URL(`../../examples/${name}/index.ts`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@switchyard/source', entry], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data) => {
    stdout += data;
  });
  child.stderr.on('data', (data) => {
    stderr += data;
  });
  // An example must end by itself: a server or socket left open would keep it alive until this kill.
  const killer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  const code = await new Promise<number | null>((resolve) =>
    child.on('exit', (exitCode) => resolve(exitCode)),
  );
  clearTimeout(killer);
  return { code, stdout, stderr };
}

/**
 * Runs an example in its "real keys" mode, with OPENAI_API_KEY set and OPENAI_BASE_URL pointing at a
 * local mock standing in for OpenAI, so no network is used. Returns the run and what the mock saw.
 */
export async function runExampleWithKey(
  name: string,
): Promise<ExampleRun & { authorizations: string[]; paths: string[] }> {
  const upstream = await startMockProvider({ reply: 'from the configured API' });
  try {
    const run = await runExample(name, {
      OPENAI_API_KEY: 'sk-example-secret',
      OPENAI_BASE_URL: upstream.baseURL,
    });
    return {
      ...run,
      authorizations: upstream.requests.map((request) => String(request.headers['authorization'])),
      paths: upstream.requests.map((request) => request.path),
    };
  } finally {
    await upstream.close();
  }
}

/**
 * What every example that reads a provider key must show: run with OPENAI_API_KEY and
 * OPENAI_BASE_URL set (`runExampleWithKey`), it ends cleanly, prints each of `lines`, sends the
 * key on both of its calls, and never prints the key.
 */
export async function expectExampleUsesKey(name: string, lines: readonly string[]): Promise<void> {
  const run = await runExampleWithKey(name);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  for (const line of lines) expect(run.stdout).toContain(line);
  expect(run.stdout).not.toContain('sk-example-secret');
  expect(run.authorizations).toEqual(['Bearer sk-example-secret', 'Bearer sk-example-secret']);
}
