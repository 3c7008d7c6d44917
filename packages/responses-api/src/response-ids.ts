/**
 * A new id in OpenAI's style: `prefix` and 48 random hex digits (`resp_…`, `msg_…`, `fc_…`).
 * Random, not counted, because a response id is the only key to a stored conversation: knowing
 * one must not reveal another. Web Crypto, so the package runs wherever fetch does.
 */
export function newId(prefix: 'resp' | 'msg' | 'fc' | 'call'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return `${prefix}_${hex}`;
}
