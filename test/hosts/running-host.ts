import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GatewayOptions } from '@switchyard/server';

/** A host framework serving the Switchyard gateway over HTTP on 127.0.0.1, started for one test file. */
export interface RunningHost {
  /** Where the gateway's `/v1` routes answer: `http://127.0.0.1:<port><mount path>/v1`. */
  readonly baseURL: string;
  /** Stops the host: open connections are closed, then the server. */
  close(): Promise<void>;
}

/** Starts a host with a gateway built from `options`. */
export type StartHost = (options: GatewayOptions) => Promise<RunningHost>;

/** Waits for `server` to listen on 127.0.0.1 and returns the host around it, `mountPath` prefixing `/v1`. */
export async function hostOn(server: Server, mountPath: string): Promise<RunningHost> {
  if (!server.listening) {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  }
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}${mountPath}/v1`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
