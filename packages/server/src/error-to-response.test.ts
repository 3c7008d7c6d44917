import { AllBranchesFailedError, ConfigError, TransportError } from '@switchyard/core';
import { describe, expect, it } from 'vitest';
import { errorToResponse } from './error-to-response.js';

async function answerOf(error: unknown): Promise<{ status: number; error: Record<string, unknown> }> {
  const response = errorToResponse(error);
  return {
    status: response.status,
    error: ((await response.json()) as { error: Record<string, unknown> }).error,
  };
}

const notJson = () =>
  new SyntaxError('Request body of POST http://gateway.local/v1/chat/completions is not valid JSON');

describe('errorToResponse and routers whose every branch threw', () => {
  it('answers the client’s own mistake, the same for every branch, as the 400 a single target gives', async () => {
    // The fuzz test found a body that is not JSON, sent with a fallback config, answered 502 "all branches failed".
    const answer = await answerOf(new AllBranchesFailedError([notJson(), notJson()]));
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: 'invalid_json', message: notJson().message });
    // Nested routers, and a config problem found while routing, too.
    const nested = new AllBranchesFailedError([
      new AllBranchesFailedError([notJson(), notJson()]),
      new ConfigError(['targets[1].strategy: no target is named "b"']),
    ]);
    expect(await answerOf(nested)).toMatchObject({
      status: 400,
      error: { code: 'err_config', message: 'targets[1].strategy: no target is named "b"' },
    });
  });

  it('keeps the 502 naming every branch when any branch failed for another reason', async () => {
    const refused = new TransportError('http://10.0.0.1/v1/chat/completions', {
      code: 'ECONNREFUSED',
    });
    const answer = await answerOf(new AllBranchesFailedError([refused, notJson()]));
    expect(answer.status).toBe(502);
    expect(answer.error.code).toBe('err_all_branches_failed');
    expect(answer.error.message).toMatch(
      /^All 2 branches failed: \[0\] The connection to the upstream failed/,
    );
    expect(JSON.stringify(answer)).not.toContain('10.0.0.1');
  });
});
