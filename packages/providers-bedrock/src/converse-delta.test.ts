import { describe, expect, it } from 'vitest';
import { CompactDelta } from './converse-delta.js';
import { viewOf } from './event-stream.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function recognised(payload: string): { blockIndex: number; isText: boolean; literal: string } | undefined {
  const compact = new CompactDelta();
  const data = bytes(payload);
  if (!compact.recognise(data, viewOf(data), 0, data.length)) return undefined;
  return {
    blockIndex: compact.blockIndex,
    isText: compact.isText,
    literal: Buffer.from(data.subarray(compact.start, compact.end)).toString(),
  };
}

describe('CompactDelta', () => {
  it('finds the JSON string of compact text and tool-input deltas, with or without padding', () => {
    expect(recognised('{"contentBlockIndex":0,"delta":{"text":"Hi \\"you\\" 👋"},"p":"abcXYZ019"}')).toEqual({
      blockIndex: 0,
      isText: true,
      literal: '"Hi \\"you\\" 👋"',
    });
    expect(recognised('{"contentBlockIndex":12,"delta":{"toolUse":{"input":"{\\"city\\":"}}}')).toEqual({
      blockIndex: 12,
      isText: false,
      literal: '"{\\"city\\":"',
    });
    expect(recognised('{"contentBlockIndex":0,"delta":{"text":""},"p":""}')?.literal).toBe('""');
  });

  it('reads the payload where it lies inside a larger buffer', () => {
    const payload = '{"contentBlockIndex":3,"delta":{"text":"in place"},"p":"ab"}';
    const data = bytes(`xx${payload}yy`);
    const compact = new CompactDelta();
    expect(compact.recognise(data, viewOf(data), 2, 2 + bytes(payload).length)).toBe(true);
    expect(Buffer.from(data.subarray(compact.start, compact.end)).toString()).toBe('"in place"');
    expect(compact.recognise(data, viewOf(data), 2, data.length)).toBe(false);
  });

  it('takes any padding a JSON string holds unescaped, and no other, wherever its bytes fall', () => {
    for (let length = 0; length <= 13; length++) {
      const padding = 'aZ9-_ é~\u007f/.'.repeat(2).slice(0, length);
      expect(recognised(`{"contentBlockIndex":0,"delta":{"text":"x"},"p":"${padding}"}`)?.literal).toBe(
        '"x"',
      );
      for (let at = 0; at < length; at++) {
        for (const bad of ['"', '\\', '\n', '\u0000', '\u001f']) {
          const broken = padding.slice(0, at) + bad + padding.slice(at + 1);
          const payload = `{"contentBlockIndex":0,"delta":{"text":"x"},"p":"${broken}"}`;
          expect(recognised(payload), payload).toBeUndefined();
        }
      }
    }
  });

  it('leaves every other form to the general path', () => {
    for (const payload of [
      '{"delta":{"text":"Hi"},"contentBlockIndex":0}',
      '{"contentBlockIndex":0,"delta":{"text":"Hi","extra":1}}',
      '{"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"a\\"b"}',
      '{"contentBlockIndex":0,"delta":{"text":"Hi"},"p":"ab"',
      '{"contentBlockIndex":0,"delta":{"text":"Hi"},"q":"ab"}',
      '{"contentBlockIndex":0,"delta":{"text":"Hi"}} ',
      '{"contentBlockIndex":0,"delta":{"text":"bad \\x escape"}}',
      '{"contentBlockIndex":0,"delta":{"text":"raw\nbreak"}}',
      '{"contentBlockIndex":0,"delta":{"text":"unterminated}}',
      '{"contentBlockIndex":,"delta":{"text":"Hi"}}',
      '{"contentBlockIndex":0,"delta":{"toolUse":{"input":"x"}}',
      '{"contentBlockIndex":0,"delta":{"reasoningContent":{"text":"hm"}}}',
    ]) {
      expect(recognised(payload), payload).toBeUndefined();
    }
  });
});
