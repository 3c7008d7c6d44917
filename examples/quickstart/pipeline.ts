import { compose, fetchTransport, type Handler, timeout } from '@switchyard/core';
import { logExchange } from './log-exchange.js';

/** The request deadline of the quickstart pipeline. */
export const requestTimeoutMs = 30_000;

/** The middlewares in order, outermost first, with the name printed for each. */
export function buildPipeline(print: (line: string) => void): { handler: Handler; description: string } {
  const steps = [
    { name: 'logExchange()', use: logExchange(print) },
    { name: `timeout(${requestTimeoutMs})`, use: timeout(requestTimeoutMs) },
  ];
  return {
    handler: compose(...steps.map((step) => step.use))(fetchTransport()),
    description: `compose(${steps.map((step) => step.name).join(', ')})(fetchTransport())`,
  };
}
