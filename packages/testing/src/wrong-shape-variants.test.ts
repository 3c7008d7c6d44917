import { describe, expect, it } from 'vitest';
import { wrongShapeVariants } from './wrong-shape-variants.js';

describe('wrongShapeVariants', () => {
  it('replaces each field at any depth, one at a time, with every other shape, naming its path', () => {
    const request = { model: 'm', messages: [{ role: 'user' }] };
    const variants = [...wrongShapeVariants(request)];
    const paths = [...new Set(variants.map(([path]) => path))];
    expect(paths).toEqual(['model', 'messages', 'messages[0]', 'messages[0].role']);
    expect(variants).toHaveLength(paths.length * 8);
    expect(variants).toContainEqual(['messages[0].role', { model: 'm', messages: [{ role: null }] }]);
    expect(variants).toContainEqual(['messages', { model: 'm', messages: {} }]);
    // The original is never changed.
    expect(request).toEqual({ model: 'm', messages: [{ role: 'user' }] });
  });
});
