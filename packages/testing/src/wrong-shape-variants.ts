/** Values of every JSON shape, none of them what a request field expects everywhere. */
const wrongShapes: readonly unknown[] = [null, {}, [], [{}], [null], 0, 'x', true];

/**
 * Copies of `value` with one field (at any depth, array items included) replaced by a value of
 * another shape, each with the path it replaced (`messages[2].tool_calls`): a request a client
 * may send by mistake, which a translation must refuse with a 400 naming the field, never a throw.
 * Each replacement takes every shape of `[null, {}, [], [{}], [null], 0, 'x', true]` in turn.
 */
export function* wrongShapeVariants(value: unknown): Generator<[string, unknown]> {
  for (const path of pathsOf(value, [])) {
    for (const shape of wrongShapes) yield [format(path), replaced(value, path, shape)];
  }
}

function pathsOf(value: unknown, path: (string | number)[]): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const inner = [...path, key];
    return [inner, ...pathsOf((value as Record<string | number, unknown>)[key], inner)];
  });
}

function replaced(value: unknown, path: (string | number)[], shape: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = structuredClone(shape);
  return copy;
}

function format(path: (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}
