import { crcTables } from './crc32.js';

/**
 * Checks both CRC-32s of the whole event-stream messages at the start of a read, all in one call
 * to a small WebAssembly function: the read is copied into WebAssembly memory, where the same
 * slice-by-8 CRC as `crc32Of` runs without bounds checks on plain word loads, about twice as fast
 * as JavaScript. One instance serves every stream (a call copies in and checks synchronously, so
 * nothing is left in the memory between calls).
 */
export class FrameChecksums {
  private static instance: FrameChecksums | null | undefined;
  private readonly memory: WasmMemory;
  private readonly verify: (start: number, end: number) => number;
  private heap: Uint8Array;

  private constructor(webAssembly: WebAssemblyApi) {
    const instance = new webAssembly.Instance(new webAssembly.Module(checksumModule()));
    this.memory = instance.exports.memory as WasmMemory;
    this.verify = instance.exports.verify as (start: number, end: number) => number;
    this.heap = new Uint8Array(this.memory.buffer);
    new Int32Array(this.memory.buffer, 0, crcTables.length).set(crcTables);
  }

  /** The instance of this thread, or `undefined` where WebAssembly is unavailable (`--jitless`). */
  static shared(): FrameChecksums | undefined {
    if (FrameChecksums.instance === undefined) {
      const { WebAssembly: webAssembly } = globalThis as { WebAssembly?: WebAssemblyApi };
      FrameChecksums.instance = webAssembly === undefined ? null : new FrameChecksums(webAssembly);
    }
    return FrameChecksums.instance ?? undefined;
  }

  /**
   * Where the whole messages that follow one another from `bytes[start]` and have both their
   * prelude and message CRC-32 right end: the walk stops before the first message that is cut off,
   * declares fewer than 16 bytes or fails a check, which is left to the caller to report.
   */
  checkedEnd(bytes: Uint8Array, start: number): number {
    const needed = dataStart + bytes.length - start;
    if (needed > this.heap.length) {
      this.memory.grow(Math.ceil((needed - this.heap.length) / 65536));
      this.heap = new Uint8Array(this.memory.buffer);
    }
    this.heap.set(start === 0 ? bytes : bytes.subarray(start), dataStart);
    return start + this.verify(dataStart, needed) - dataStart;
  }
}

// The little of the WebAssembly API used here (the Node types declare none of it).
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The tables take the first 8 KiB of the memory; copied-in bytes follow. */
const dataStart = crcTables.length * 4;

/**
 * The WebAssembly module (binary format): `verify(start, end) -> end of the checked messages`
 * over its exported `memory`, the CRC tables at address 0. Assembled here from named
 * instructions rather than shipped as an opaque blob, so that it can be read.
 */
function checksumModule(): Uint8Array {
  // crc(state, at, end) -> state: the raw CRC register (not inverted) after bytes [at, end).
  const [state, at, end, a, b] = [0, 1, 2, 3, 4];
  const lookup = (local: number, byte: number, table: number) => [
    ...get(local),
    ...(byte === 0
      ? [...i32(0xff), op.and, ...i32(2), op.shl]
      : byte === 3
        ? [...i32(24), op.shrU, ...i32(2), op.shl]
        : [...i32(8 * byte - 2), op.shrU, ...i32(0x3fc), op.and]),
    ...load32(table * 1024),
  ];
  const fold = (words: Array<[number, number[]]>) => {
    const out: number[] = [];
    let first = true;
    for (const [local, tables] of words) {
      for (let byte = 0; byte < 4; byte++) {
        out.push(...lookup(local, byte, tables[byte]!));
        if (!first) out.push(op.xor);
        first = false;
      }
    }
    return [...out, ...set(state)];
  };
  const crc = [
    ...[1, 2, type.i32], // locals a, b
    // eight bytes at a time
    ...[op.block, block.empty, op.loop, block.empty],
    ...[...get(at), ...i32(8), op.add, ...get(end), op.gtU, op.brIf, 1],
    ...[...get(state), ...get(at), ...load32(0), op.xor, ...set(a)],
    ...[...get(at), ...load32(4), ...set(b)],
    ...fold([
      [a, [7, 6, 5, 4]],
      [b, [3, 2, 1, 0]],
    ]),
    ...[...get(at), ...i32(8), op.add, ...set(at), op.br, 0, op.end, op.end],
    // then four, if there are
    ...[op.block, block.empty],
    ...[...get(at), ...i32(4), op.add, ...get(end), op.gtU, op.brIf, 0],
    ...[...get(state), ...get(at), ...load32(0), op.xor, ...set(a)],
    ...fold([[a, [3, 2, 1, 0]]]),
    ...[...get(at), ...i32(4), op.add, ...set(at), op.end],
    // then one at a time
    ...[op.block, block.empty, op.loop, block.empty],
    ...[...get(at), ...get(end), op.geU, op.brIf, 1],
    ...[...get(state), ...get(at), op.load8U, 0, 0, op.xor, ...i32(0xff), op.and, ...i32(2), op.shl],
    ...[...load32(0), ...get(state), ...i32(8), op.shrU, op.xor, ...set(state)],
    ...[...get(at), ...i32(1), op.add, ...set(at), op.br, 0, op.end, op.end],
    ...[...get(state), op.end],
  ];

  // bigEndian(at) -> the big-endian 32-bit number at `at`.
  const bigEndian = [
    0, // no locals
    ...[...get(0), op.load8U, 0, 0, ...i32(24), op.shl],
    ...[...get(0), op.load8U, 0, 1, ...i32(16), op.shl, op.or],
    ...[...get(0), op.load8U, 0, 2, ...i32(8), op.shl, op.or],
    ...[...get(0), op.load8U, 0, 3, op.or],
    op.end,
  ];

  // verify(start, end) -> where the first message that is cut off or fails a check starts.
  const [start, limit, length, messageEnd, prelude] = [0, 1, 2, 3, 4];
  const crcFunction = 0;
  const bigEndianFunction = 1;
  const verify = [
    ...[1, 3, type.i32], // locals length, messageEnd, prelude
    ...[op.block, block.empty, op.loop, block.empty],
    // at least a minimal message's 16 bytes left, and the length it declares within them
    ...[...get(start), ...i32(16), op.add, ...get(limit), op.gtU, op.brIf, 1],
    ...[...get(start), op.call, bigEndianFunction, ...set(length)],
    ...[...get(length), ...i32(16), op.ltU, op.brIf, 1],
    ...[...get(length), ...get(limit), ...get(start), op.sub, op.gtU, op.brIf, 1],
    ...[...get(start), ...get(length), op.add, ...set(messageEnd)],
    // the prelude CRC covers the first 8 bytes
    ...[...i32(-1), ...get(start), ...get(start), ...i32(8), op.add, op.call, crcFunction, ...set(prelude)],
    ...[...get(prelude), ...i32(-1), op.xor, ...get(start), ...i32(8), op.add, op.call, bigEndianFunction],
    ...[op.ne, op.brIf, 1],
    // the message CRC goes on from it to the last 4 bytes
    ...[...get(prelude), ...get(start), ...i32(8), op.add, ...get(messageEnd), ...i32(4), op.sub],
    ...[op.call, crcFunction, ...i32(-1), op.xor],
    ...[...get(messageEnd), ...i32(4), op.sub, op.call, bigEndianFunction, op.ne, op.brIf, 1],
    ...[...get(messageEnd), ...set(start), op.br, 0, op.end, op.end],
    ...[...get(start), op.end],
  ];

  const name = (text: string) => [text.length, ...Array.from(text, (c) => c.charCodeAt(0))];
  const code = (body: number[]) => [...unsigned(body.length), ...body];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, [
      3,
      ...[0x60, 3, type.i32, type.i32, type.i32, 1, type.i32], // 0: crc
      ...[0x60, 1, type.i32, 1, type.i32], // 1: bigEndian
      ...[0x60, 2, type.i32, type.i32, 1, type.i32], // 2: verify
    ]),
    ...section(3, [3, 0, 1, 2]), // functions 0, 1, 2 have types 0, 1, 2
    ...section(5, [1, 0, 1]), // one memory, at least one 64 KiB page
    ...section(7, [2, ...name('verify'), 0, 2, ...name('memory'), 2, 0]), // exports
    ...section(10, [3, ...code(crc), ...code(bigEndian), ...code(verify)]),
  ]);
}

const op = {
  block: 0x02,
  loop: 0x03,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  call: 0x10,
  localGet: 0x20,
  localSet: 0x21,
  load: 0x28,
  load8U: 0x2d,
  const: 0x41,
  ne: 0x47,
  ltU: 0x49,
  gtU: 0x4b,
  geU: 0x4f,
  add: 0x6a,
  sub: 0x6b,
  and: 0x71,
  or: 0x72,
  xor: 0x73,
  shl: 0x74,
  shrU: 0x76,
};
const type = { i32: 0x7f };
const block = { empty: 0x40 };

function get(local: number): number[] {
  return [op.localGet, local];
}
function set(local: number): number[] {
  return [op.localSet, local];
}
function i32(value: number): number[] {
  return [op.const, ...signed(value)];
}
/** `i32.load` (little-endian, unaligned) at the address on the stack plus `offset`. */
function load32(offset: number): number[] {
  return [op.load, 0, ...unsigned(offset)];
}
function section(id: number, content: number[]): number[] {
  return [id, ...unsigned(content.length), ...content];
}
/** LEB128, unsigned. */
function unsigned(value: number): number[] {
  const out: number[] = [];
  do {
    const low = value & 0x7f;
    value >>>= 7;
    out.push(value === 0 ? low : low | 0x80);
  } while (value !== 0);
  return out;
}
/** LEB128, signed. */
function signed(value: number): number[] {
  const out: number[] = [];
  while (true) {
    const low = value & 0x7f;
    value >>= 7;
    if ((value === 0 && (low & 0x40) === 0) || (value === -1 && (low & 0x40) !== 0)) {
      out.push(low);
      return out;
    }
    out.push(low | 0x80);
  }
}
