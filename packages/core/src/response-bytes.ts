// A whole answer the transport already holds in memory (a small JSON answer): Switchyard's own
// readers (a provider's JSON check, the gateway's writer) take the bytes from here instead of
// reading them back out of the body stream, which costs more than the answer itself. The Response
// stays standard: its body is a stream of the same bytes, for anyone else.

const wholeBodies = new WeakMap<Response, Uint8Array>();

/** Records that `response`'s body is exactly `bytes`. Returns `response`. */
export function rememberResponseBytes(response: Response, bytes: Uint8Array): Response {
  wholeBodies.set(response, bytes);
  return response;
}

/** The bytes of `response`'s body when they are known and nobody has read its stream; else `undefined`. */
export function knownResponseBytes(response: Response): Uint8Array | undefined {
  const bytes = wholeBodies.get(response);
  if (bytes === undefined || response.bodyUsed || response.body?.locked === true) return undefined;
  return bytes;
}
