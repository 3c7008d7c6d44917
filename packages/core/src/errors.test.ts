import { describe, expect, it } from 'vitest';
import { AllBranchesFailedError } from './errors/all-branches-failed-error.js';
import { ConfigError } from './errors/config-error.js';
import { InvalidRequestOptionsError } from './errors/invalid-request-options-error.js';
import { SwitchyardError } from './errors/switchyard-error.js';
import { TimeoutError } from './errors/timeout-error.js';
import { TransportError } from './errors/transport-error.js';
import { UpstreamProtocolError } from './errors/upstream-protocol-error.js';

/** What an error thrown by a second copy of @switchyard/core looks like: another class, same brand. */
function fromOtherCopy(name: string, code: string): Error {
  const error = new Error('from another copy');
  error.name = name;
  Object.defineProperty(error, Symbol.for('switchyard.error'), { value: true });
  Object.assign(error, { code });
  return error;
}

describe('typed errors', () => {
  it('have stable codes and names', () => {
    const cases: [SwitchyardError, string, string][] = [
      [new TransportError('http://x.test/v1', new Error('boom')), 'ERR_TRANSPORT', 'TransportError'],
      [new TimeoutError(50), 'ERR_TIMEOUT', 'TimeoutError'],
      [new UpstreamProtocolError('bad'), 'ERR_UPSTREAM_PROTOCOL', 'UpstreamProtocolError'],
      [
        new InvalidRequestOptionsError('metadata', 'bad'),
        'ERR_INVALID_REQUEST_OPTIONS',
        'InvalidRequestOptionsError',
      ],
      [new AllBranchesFailedError([new Error('a')]), 'ERR_ALL_BRANCHES_FAILED', 'AllBranchesFailedError'],
      [new ConfigError(['targets[0] is bad']), 'ERR_CONFIG', 'ConfigError'],
    ];
    for (const [error, code, name] of cases) {
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(SwitchyardError);
    }
  });

  it('keep subclass identity: one kind is not another', () => {
    const error = new TransportError('http://x.test/', new Error('refused'));
    expect(error instanceof TransportError).toBe(true);
    expect(error instanceof TimeoutError).toBe(false);
  });

  it('are recognised across copies of the package through the symbol brand', () => {
    const foreign = fromOtherCopy('TransportError', 'ERR_TRANSPORT');
    expect(foreign instanceof SwitchyardError).toBe(true);
    expect(foreign instanceof TransportError).toBe(true);
    expect(foreign instanceof TimeoutError).toBe(false);
  });

  it('do not recognise unbranded look-alikes', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'TransportError', code: 'ERR_TRANSPORT' });
    expect(lookalike instanceof SwitchyardError).toBe(false);
    expect(lookalike instanceof TransportError).toBe(false);
    expect((null as unknown as object) instanceof SwitchyardError).toBe(false);
  });

  it('carry what went wrong', () => {
    const cause = Object.assign(new TypeError('fetch failed'), { cause: new Error('connect ECONNREFUSED') });
    const transport = new TransportError('http://127.0.0.1:1/v1/chat/completions', cause);
    expect(transport.cause).toBe(cause);
    expect(transport.url).toBe('http://127.0.0.1:1/v1/chat/completions');
    expect(transport.message).toContain('fetch failed (connect ECONNREFUSED)');
    expect(new TimeoutError(250).timeoutMs).toBe(250);
    const branches = new AllBranchesFailedError([new Error('first'), 'second']);
    expect(branches.errors).toHaveLength(2);
    expect(branches.message).toBe('All 2 branches failed: [0] first; [1] second');
    expect(branches.cause).toBe('second');
    expect(new ConfigError(['a is bad', 'b is bad']).issues).toEqual(['a is bad', 'b is bad']);
    expect(new ConfigError(['a is bad']).message).toBe('a is bad');
    expect(new InvalidRequestOptionsError('metadata.user', 'must be a string').option).toBe('metadata.user');
  });
});
