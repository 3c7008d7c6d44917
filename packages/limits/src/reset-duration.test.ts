import { describe, expect, it } from 'vitest';
import { formatResetDuration } from './reset-duration.js';

describe('formatResetDuration', () => {
  it("writes durations as OpenAI's x-ratelimit-reset-* do (Go's time.Duration), rounded up to the ms", () => {
    expect(
      [0, -5, 0.2, 20, 999, 1000, 1001, 8640, 17_500, 60_000, 86_400, 360_000, 3_600_000, 3_723_500].map(
        formatResetDuration,
      ),
    ).toEqual([
      '0s',
      '0s',
      '1ms',
      '20ms',
      '999ms',
      '1s',
      '1.001s',
      '8.64s',
      '17.5s',
      '1m0s',
      '1m26.4s',
      '6m0s',
      '1h0m0s',
      '1h2m3.5s',
    ]);
  });
});
