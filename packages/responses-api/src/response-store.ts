import type { ResponseInputItem, ResponseObject } from './responses-types.js';

/** What is kept of one answered response, so a later call can continue its conversation. */
export interface StoredResponse {
  /** The Response object as it was answered (its `previous_response_id` links the turn before). */
  response: ResponseObject;
  /**
   * This turn's input items (a string input as one user message). `instructions` are not kept:
   * as at OpenAI, they do not carry over to the next turn.
   */
  input: ResponseInputItem[];
  /** The tenant (the per-request `tenant` option) that created it; no other tenant can read it. Default: none. */
  tenant?: string;
}

/**
 * Where answered responses are kept by id, for `previous_response_id` and `GET /responses/{id}`.
 * Entries may expire or be evicted at any time; a missing entry is answered as OpenAI answers an
 * unknown id. Methods may answer synchronously or with a promise, so a Redis (or any shared) store
 * fits the same interface: one key per response id, the entry as JSON (`StoredResponse` is plain
 * data), a TTL of the store's choosing.
 */
export interface ResponseStore {
  /** The entry stored under `id`, or `undefined` when there is none (never stored, expired, evicted). */
  get(id: string): StoredResponse | undefined | Promise<StoredResponse | undefined>;
  /** Stores `entry` under `id`, replacing any entry there. */
  set(id: string, entry: StoredResponse): void | Promise<void>;
  /** Removes the entry under `id`; true when there was one. */
  delete(id: string): boolean | Promise<boolean>;
}

/**
 * @throws TypeError naming `where` when `store` lacks one of the methods of a `ResponseStore`.
 */
export function checkResponseStore(store: unknown, where: string): ResponseStore {
  const value = store as Partial<ResponseStore> | null;
  for (const method of ['get', 'set', 'delete'] as const) {
    if (typeof value?.[method] !== 'function') {
      throw new TypeError(
        `${where} must be a ResponseStore with get, set and delete methods; ${method} is missing`,
      );
    }
  }
  return value as ResponseStore;
}
