import { describe, expect, it } from 'vitest';
import { defaultResponseStore, setDefaultResponseStore } from './default-response-store.js';
import { memoryResponseStore } from './memory-response-store.js';
import { pendingResponse } from './response-object.js';
import type { StoredResponse } from './response-store.js';

const entry = (id: string, text = ''): StoredResponse => ({
  response: pendingResponse({ id, createdAt: 1, request: { model: 'm', input: text }, store: true }),
  input: [{ role: 'user', content: text }],
});

describe('memoryResponseStore', () => {
  it('keeps entries until their TTL after the last read passes', () => {
    let now = 0;
    const store = memoryResponseStore({ ttlMs: 1_000, now: () => now });
    store.set('resp_a', entry('resp_a'));
    now = 900;
    expect(store.get('resp_a')?.response.id).toBe('resp_a');
    // The read renewed it: a conversation in use keeps its turns.
    now = 1_800;
    expect(store.get('resp_a')).toBeDefined();
    now = 2_801;
    expect(store.get('resp_a')).toBeUndefined();
  });

  it('evicts the least recently used beyond maxEntries, and deletes', () => {
    const store = memoryResponseStore({ maxEntries: 2 });
    store.set('a', entry('a'));
    store.set('b', entry('b'));
    store.get('a');
    store.set('c', entry('c'));
    expect([store.get('a'), store.get('b'), store.get('c')].map((found) => found?.response.id)).toEqual([
      'a',
      undefined,
      'c',
    ]);
    expect(store.delete('a')).toBe(true);
    expect(store.delete('a')).toBe(false);
    expect(store.size).toBe(1);
    store.clear();
    expect(store.size).toBe(0);
  });

  it('does not keep an entry larger than a quarter of maxBytes', () => {
    const store = memoryResponseStore({ maxBytes: 4_000 });
    store.set('small', entry('small', 'hi'));
    store.set('big', entry('big', 'x'.repeat(2_000)));
    expect(store.get('small')).toBeDefined();
    expect(store.get('big')).toBeUndefined();
  });

  it('refuses bad options, naming them', () => {
    expect(() => memoryResponseStore({ maxEntries: 0 })).toThrow(
      'memoryResponseStore: maxEntries must be an integer >= 1; got 0',
    );
    expect(() => memoryResponseStore({ ttlMs: 1.5 })).toThrow(
      'memoryResponseStore: ttlMs must be an integer >= 1; got 1.5',
    );
    expect(() => memoryResponseStore({ now: 5 as never })).toThrow(
      'memoryResponseStore: now must be a function',
    );
  });
});

describe('the process-wide store', () => {
  it('is one store, replaceable', () => {
    const before = defaultResponseStore();
    expect(defaultResponseStore()).toBe(before);
    const replacement = memoryResponseStore();
    setDefaultResponseStore(replacement);
    try {
      expect(defaultResponseStore()).toBe(replacement);
    } finally {
      setDefaultResponseStore(before);
    }
    expect(() => setDefaultResponseStore({ get() {} } as never)).toThrow(
      'setDefaultResponseStore: store must be a ResponseStore with get, set and delete methods; set is missing',
    );
  });
});
