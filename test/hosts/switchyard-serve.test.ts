// The same host tests against Switchyard's own `serve()`, the reference the framework hosts are held to,
// with core's fast path (detached requests) on and off: nothing a client sees may differ.
import { setFastPath } from '@switchyard/core/internal';
import { serve } from '@switchyard/server';
import { afterAll, beforeAll, describe } from 'vitest';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import type { RunningHost } from './running-host.js';

for (const fastPath of [true, false]) {
  describe(`fast path ${fastPath ? 'on' : 'off'}`, () => {
    beforeAll(() => setFastPath(fastPath));
    afterAll(() => setFastPath(true));

    describeGatewayHost('switchyard serve()', async (options): Promise<RunningHost> => {
      const gateway = await serve({ ...options, port: 0, log: () => {} });
      return { baseURL: `${gateway.url}/v1`, close: () => gateway.close(0) };
    });
  });
}
