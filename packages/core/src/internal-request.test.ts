import { describe, expect, it } from 'vitest';
import { compose } from './compose.js';
import type { Handler } from './handler.js';
import {
  handlesInternalRequests,
  markHandlesInternalRequests,
  markHandlesInternalRequestsLike,
  passesInternalRequests,
} from './internal-request.js';

const answer: Handler = async () => new Response('ok');
const transport = (): Handler => markHandlesInternalRequests(async () => new Response('ok'));

describe('markHandlesInternalRequestsLike', () => {
  it('marks a handler when every handler behind it is marked', () => {
    const marked = transport();
    expect(handlesInternalRequests(markHandlesInternalRequestsLike(async () => new Response(), marked))).toBe(
      true,
    );
    expect(
      handlesInternalRequests(
        markHandlesInternalRequestsLike(async () => new Response(), marked, transport()),
      ),
    ).toBe(true);
  });

  it('leaves it unmarked when any handler behind it is not, or none is given', () => {
    expect(
      handlesInternalRequests(
        markHandlesInternalRequestsLike(async () => new Response(), transport(), answer),
      ),
    ).toBe(false);
    expect(handlesInternalRequests(markHandlesInternalRequestsLike(async () => new Response()))).toBe(false);
  });
});

describe('passesInternalRequests', () => {
  const passing = passesInternalRequests((next) => async (request) => next(request));
  const callers =
    (next: Handler): Handler =>
    async (request) =>
      next(request);

  it('marks a chain of such middlewares ending at a marked transport', () => {
    expect(handlesInternalRequests(compose(passing, passing)(transport()))).toBe(true);
  });

  it('does not mark a chain with a middleware of the caller in it, or ending elsewhere', () => {
    expect(handlesInternalRequests(compose(passing, callers, passing)(transport()))).toBe(false);
    expect(handlesInternalRequests(compose(passing)(answer))).toBe(false);
  });
});
