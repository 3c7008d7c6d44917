import { describe, expect, it } from 'vitest';
import { ByteWriter, utf8 } from './byte-writer.js';

const text = (bytes: Uint8Array | undefined) =>
  bytes === undefined ? undefined : Buffer.from(bytes).toString();

describe('ByteWriter', () => {
  it('takes what was written since the last take, from bytes, ranges and text', () => {
    const writer = new ByteWriter();
    expect(writer.take()).toBeUndefined();
    writer.bytes(utf8('data: '));
    writer.range(utf8('xx"é"yy'), 2, 6);
    writer.text('\n\n👋');
    expect(text(writer.take())).toBe('data: "é"\n\n👋');
    writer.text('next');
    expect(text(writer.take())).toBe('next');
    expect(writer.take()).toBeUndefined();
  });

  it('keeps earlier views intact while growing past its slab', () => {
    const writer = new ByteWriter();
    const views: Uint8Array[] = [];
    const expected: string[] = [];
    for (let i = 0; i < 300; i++) {
      const piece = `${i}:${'x'.repeat(i * 7)}|`;
      writer.text(piece);
      writer.range(utf8(piece), 0, piece.length);
      expected.push(piece + piece);
      views.push(writer.take()!);
    }
    expect(views.map(text)).toEqual(expected);
  });
});
