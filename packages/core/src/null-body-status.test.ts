import { describe, expect, it } from 'vitest';
import { isNullBodyStatus } from './null-body-status.js';

describe('isNullBodyStatus', () => {
  it('names exactly the statuses for which a Response refuses a body', () => {
    for (let status = 200; status <= 599; status++) {
      let refused = false;
      try {
        new Response('x', { status });
      } catch {
        refused = true;
      }
      expect(isNullBodyStatus(status), `status ${status}`).toBe(refused);
    }
    expect([100, 101, 102, 103].map(isNullBodyStatus)).toEqual([false, true, false, true]);
  });
});
