import { compose, fetchTransport, type Handler, timeout } from '@switchyard/core';
import { logExchange } from './log-exchange.js';
import type { Provider } from './provider.js';

/** The request deadline of the quickstart pipeline. */
export const requestTimeoutMs = 30_000;

/**
 * The middlewares in order, outermost first, with the name printed for each. The provider turns the
 * OpenAI-shaped request into its native one; `logExchange` sits below it so it prints what really
 * goes over the wire.
 */
export function buildPipeline(
  provider: Provider,
  print: (line: string) => void,
): { handler: Handler; description: string } {
  const steps = [
    { name: `timeout(${requestTimeoutMs})`, use: timeout(requestTimeoutMs) },
    { name: provider.name, use: provider.middleware },
    { name: 'logExchange()', use: logExchange(print) },
  ];
  return {
    handler: compose(...steps.map((step) => step.use))(fetchTransport()),
    description: `compose(${steps.map((step) => step.name).join(', ')})(fetchTransport())`,
  };
}
