import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./index.ts', import.meta.url));

/** Runs the demo as `pnpm demo` does, without any provider keys in its environment. */
async function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@switchyard/source', entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '' },
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
  // The demo must end by itself: a leftover server would keep it alive until this kill.
  const killer = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearTimeout(killer);
  return { code, stdout, stderr };
}

describe('examples/production (pnpm demo)', () => {
  it('shows a retry, a fallback, cache misses and hits, a trace, a stream and guardrail verdicts', async () => {
    const { code, stdout, stderr } = await runDemo();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n').map((line) => line.trim());
    const upstream = lines.filter((line) => line.startsWith('upstream '));
    expect(upstream.slice(0, 4).map((line) => line.slice(line.lastIndexOf(' ') + 1))).toEqual([
      '429',
      '500',
      '500',
      '200',
    ]);
    expect(upstream[3]).toMatch(/\/v1\/messages → 200$/);
    expect(lines).toContain('served: provider anthropic, target config.targets[1], cache MISS');
    expect(
      lines.find((line) => line.startsWith('trace production-session | status 200 | model claude')),
    ).toMatch(/upstream statuses 429 → 500 → 500 → 200$/);
    expect(lines.find((line) => line.startsWith('served: no provider call'))).toMatch(
      /cache SEMANTIC_HIT, similarity 0\.\d+/,
    );
    expect(lines).toContain('answer: Berlin is the capital of Germany.');
    expect(lines).toContain('request 1: provider openai, target config.targets[0], cache MISS');
    expect(lines).toContain('request 2: provider openai, target config.targets[0], cache HIT');
    expect(lines).toContain('Rivers run to Paris, lights along the Seine; the city hums again.');
    expect(lines.find((line) => line.startsWith('deny: '))).toMatch(/^deny: status 446/);
    expect(lines).toContain('warn: status 246, answered, hook verdict false');
    expect(lines.at(-2)).toBe('done: providers closed');
  }, 60_000);
});
