import { describe, expect, it } from 'vitest';
import { credentialPartition } from './tenant-partition.js';

const request = (headers: Record<string, string>) =>
  new Request('https://api.example/v1/chat/completions', { method: 'POST', headers });

describe('credentialPartition', () => {
  it('is undefined for a request without credentials', () => {
    expect(credentialPartition(request({ 'content-type': 'application/json' }))).toBeUndefined();
  });

  it('depends on every credential header and its name, not on header order or other headers', () => {
    const both = credentialPartition(
      request({ authorization: 'Bearer sk-a', 'x-portkey-virtual-key': 'vk' }),
    );
    expect(
      credentialPartition(
        request({ 'x-portkey-virtual-key': 'vk', accept: '*/*', authorization: 'Bearer sk-a' }),
      ),
    ).toBe(both);
    const others = [
      credentialPartition(request({ authorization: 'Bearer sk-a' })),
      credentialPartition(request({ authorization: 'Bearer sk-b', 'x-portkey-virtual-key': 'vk' })),
      credentialPartition(request({ 'api-key': 'Bearer sk-a', 'x-portkey-virtual-key': 'vk' })),
    ];
    expect(new Set([both, ...others]).size).toBe(4);
  });

  it('never holds the credential itself', () => {
    const partition = credentialPartition(request({ 'x-api-key': 'sk-ant-secret-key' }));
    expect(partition).toMatch(/^credential:[\w-]{43}$/);
    expect(partition).not.toContain('secret');
  });
});
