// The same host tests against Switchyard's own `serve()`, the reference the framework hosts are held to.
import { serve } from '@switchyard/server';
import { describeGatewayHost } from './gateway-host-scenarios.js';
import type { RunningHost } from './running-host.js';

describeGatewayHost('switchyard serve()', async (options): Promise<RunningHost> => {
  const gateway = await serve({ ...options, port: 0, log: () => {} });
  return { baseURL: `${gateway.url}/v1`, close: () => gateway.close(0) };
});
