import { describe, expect, it } from 'vitest';
import type { CacheEntry } from './cache-store.js';
import { memoryStore, utf8Length } from './memory-store.js';

function entry(body: string): CacheEntry {
  return { format: 'json', status: 200, headers: [], body, storedAt: 0 };
}

describe('memoryStore', () => {
  it('stays within maxBytes by evicting the least recently used entries', () => {
    const store = memoryStore({ maxBytes: 1000, maxEntryBytes: 1000 });
    store.set('a', entry('a'.repeat(400)), 60);
    store.set('b', entry('b'.repeat(400)), 60);
    expect(store.get('a')).toBeDefined();
    store.set('c', entry('c'.repeat(400)), 60);
    expect(store.bytes).toBeLessThanOrEqual(1000);
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.get('c')).toBeDefined();
  });

  it('does not keep a value larger than maxEntryBytes', () => {
    const store = memoryStore({ maxBytes: 1000, maxEntryBytes: 100 });
    store.set('big', entry('x'.repeat(200)), 60);
    expect(store.get('big')).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('expires each entry after its own TTL', () => {
    let now = 1000;
    const store = memoryStore({ now: () => now });
    store.set('short', entry('1'), 1);
    store.set('long', entry('2'), 10);
    now += 1500;
    expect(store.get('short')).toBeUndefined();
    expect(store.get('long')).toBeDefined();
    store.delete('long');
    expect(store.get('long')).toBeUndefined();
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('\ud800')).toBe(3);
    expect(utf8Length('a😀é€')).toBe(new TextEncoder().encode('a😀é€').length);
  });

  it('rejects invalid options', () => {
    expect(() => memoryStore({ maxBytes: 100, maxEntryBytes: 200 })).toThrow(
      'memoryStore: maxEntryBytes must be an integer from 1 to maxBytes (100); got 200',
    );
  });
});
