import { SwitchyardError } from './switchyard-error.js';

/** The request could not be sent or its response could not be received (DNS, refused, reset). */
export class TransportError extends SwitchyardError {
  /** The URL that was being called, without its query string. */
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super('ERR_TRANSPORT', `Transport failed for ${url}: ${causeMessage(cause)}`, { cause });
    this.name = 'TransportError';
    this.url = url;
  }
}

function causeMessage(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = (cause as { cause?: unknown }).cause;
    const detail = inner instanceof Error ? ` (${inner.message})` : '';
    return cause.message + detail;
  }
  return String(cause);
}
