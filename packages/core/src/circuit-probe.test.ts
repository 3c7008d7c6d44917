import { describe, expect, it } from 'vitest';
import {
  circuitOpenProbe,
  forwardCircuitProbe,
  isCircuitOpen,
  reportCircuitOfBranches,
} from './circuit-probe.js';
import type { Handler } from './handler.js';
import { overrideParams } from './override-params.js';
import { timeout } from './timeout.js';

function probed(open: () => boolean): Handler {
  const handler: Handler = async () => new Response('ok');
  Object.defineProperty(handler, circuitOpenProbe, { value: open });
  return handler;
}

describe('circuit probe', () => {
  it('reads a handler’s probe, and is false for handlers without one', () => {
    let open = false;
    const handler = probed(() => open);
    expect(isCircuitOpen(handler)).toBe(false);
    open = true;
    expect(isCircuitOpen(handler)).toBe(true);
    expect(isCircuitOpen(async () => new Response())).toBe(false);
  });

  it('is forwarded by wrapping middlewares such as timeout and overrideParams', () => {
    let open = true;
    const inner = probed(() => open);
    expect(isCircuitOpen(timeout(1_000)(inner))).toBe(true);
    expect(isCircuitOpen(overrideParams({ model: 'x' })(inner))).toBe(true);
    open = false;
    expect(isCircuitOpen(timeout(1_000)(inner))).toBe(false);
    expect(
      isCircuitOpen(
        forwardCircuitProbe(
          async () => new Response(),
          async () => new Response(),
        ),
      ),
    ).toBe(false);
  });

  it('reports a router open only when every branch is open', () => {
    const states = [true, false];
    const branches = states.map((_, index) => probed(() => states[index]!));
    const router = reportCircuitOfBranches(branches, async () => new Response());
    expect(isCircuitOpen(router)).toBe(false);
    states[1] = true;
    expect(isCircuitOpen(router)).toBe(true);
    const mixed = reportCircuitOfBranches(
      [branches[0]!, async () => new Response()],
      async () => new Response(),
    );
    expect(isCircuitOpen(mixed)).toBe(false);
  });
});
