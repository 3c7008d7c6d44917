import { describe, expect, it } from 'vitest';
import { withTimeout } from './with-timeout.js';

describe('withTimeout', () => {
  it('settles as the promise does when it settles in time', async () => {
    await expect(withTimeout(Promise.resolve('PONG'), 1000, 'PING')).resolves.toBe('PONG');
    await expect(withTimeout(Promise.reject(new Error('ERR wrong type')), 1000, 'GET')).rejects.toThrow(
      'ERR wrong type',
    );
  });

  it('rejects naming what was not answered, and in how long, when the promise hangs', async () => {
    await expect(withTimeout(new Promise(() => undefined), 5, 'redisStore: GET')).rejects.toThrow(
      'redisStore: GET not answered within 5 ms',
    );
  });
});
