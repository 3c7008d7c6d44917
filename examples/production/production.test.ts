import { describe, expect, it } from 'vitest';
import { runExample } from '../../test/frameworks/run-example.js';

describe('examples/production (pnpm demo)', () => {
  it('shows a retry, a fallback, cache misses and hits, a trace, a stream and guardrail verdicts', async () => {
    const { code, stdout, stderr } = await runExample('production');
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
