import { describe, expect, it } from 'vitest';
import { wrongShapeProblems } from './wrong-shape-problems.js';

const named = (param: string) => JSON.stringify({ error: { message: 'bad', param } });

describe('wrongShapeProblems', () => {
  it('is empty when every variant is sent on or refused with a 400 naming a field', async () => {
    const problems = await wrongShapeProblems({ model: 'm', n: 1 }, async (variant) => {
      const { model } = variant as { model: unknown };
      return typeof model === 'string'
        ? { status: 200, text: '{}', sent: true }
        : { status: 400, text: named('model'), sent: false };
    });
    expect(problems).toEqual([]);
  });

  it('names the field of each throw, 5xx and refusal that names no field', async () => {
    const problems = await wrongShapeProblems({ a: 1 }, async (variant) => {
      const { a } = variant as { a: unknown };
      if (a === null) throw new Error('boom');
      if (a === 0) return { status: 500, text: 'oops', sent: true };
      if (a === 'x') return { status: 400, text: '{"error":{"message":"bad"}}', sent: false };
      return { status: 200, text: '{}', sent: true };
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^a: threw Error: boom/);
    expect(problems.slice(1)).toEqual([
      'a: answered 500: oops',
      'a: refused without naming the field: {"error":{"message":"bad"}}',
    ]);
  });
});
