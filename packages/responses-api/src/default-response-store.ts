import { memoryResponseStore } from './memory-response-store.js';
import { checkResponseStore, type ResponseStore } from './response-store.js';

// On globalThis under a registered symbol, so every copy of this package in a process (its ESM and
// CJS builds, two versions in one dependency tree) shares one store, and with it one conversation.
const slot = Symbol.for('switchyard.responses-api.default-store');
const holder = globalThis as { [slot]?: ResponseStore };

/**
 * The process-wide `ResponseStore` that `responsesOverChat()` uses when it is given none: the one
 * behind every provider's Responses translation, so a conversation started on one provider
 * continues (`previous_response_id`) on another. Until `setDefaultResponseStore` replaces it, a
 * `memoryResponseStore()` with its defaults (10,000 entries, 64 MiB, 24 hours after last use),
 * made on first use.
 */
export function defaultResponseStore(): ResponseStore {
  holder[slot] ??= memoryResponseStore();
  return holder[slot];
}

/**
 * Replaces the process-wide store (a shared one, such as Redis, when several processes serve one
 * conversation). Translations without a `store` option of their own read the default on every
 * request, so those built earlier use the new store from their next request on.
 *
 * @throws TypeError when `store` lacks `get`, `set` or `delete`.
 */
export function setDefaultResponseStore(store: ResponseStore): void {
  holder[slot] = checkResponseStore(store, 'setDefaultResponseStore: store');
}
