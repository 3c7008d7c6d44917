import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { isIP, type Socket } from 'node:net';

/** What the safety net saw: IP addresses beyond loopback that a socket was about to connect to. */
export interface LoopbackOnly {
  readonly stopped: string[];
  /** Removes the safety net. */
  release(): void;
}

/**
 * A test safety net: every socket this process opens is destroyed before it connects to an address
 * beyond loopback, whatever the code under test does, and the address is recorded. Tests assert
 * that `stopped` stays empty — the code under test must refuse such addresses itself.
 */
export function loopbackOnly(): LoopbackOnly {
  const stopped: string[] = [];
  const watch = ({ socket }: { socket: Socket }) => {
    const stop = (address: string) => {
      stopped.push(address);
      socket.destroy(new Error(`test safety net: ${address} is beyond loopback`));
    };
    const connect = socket.connect;
    socket.connect = function connectOnlyToLoopback(this: Socket, ...args: unknown[]) {
      const first = args[0];
      const host = ((Array.isArray(first) ? first[0] : first) as { host?: string } | undefined)?.host ?? '';
      if (isIP(host) && !isLoopback(host)) {
        process.nextTick(stop, host);
        return this;
      }
      return (connect as (...args: unknown[]) => Socket).apply(this, args);
    } as Socket['connect'];
    socket.on('lookup', (error: Error | null, address: string | undefined) => {
      if (!error && address !== undefined && !isLoopback(address)) stop(address);
    });
  };
  const listener = watch as (message: unknown) => void;
  subscribe('net.client.socket', listener);
  return { stopped, release: () => void unsubscribe('net.client.socket', listener) };
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.');
}
