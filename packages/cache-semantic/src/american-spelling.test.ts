import { describe, expect, it } from 'vitest';
import { americanSpelling } from './american-spelling.js';

describe('americanSpelling', () => {
  it('gives British spellings their American form', () => {
    expect(americanSpelling('colour')).toBe('color');
    expect(americanSpelling('favourite')).toBe('favorite');
    expect(americanSpelling('neighbourhood')).toBe('neighborhood');
    expect(americanSpelling('centre')).toBe('center');
    expect(americanSpelling('theatres')).toBe('theaters');
    expect(americanSpelling('organised')).toBe('organized');
    expect(americanSpelling('aluminium')).toBe('aluminum');
  });

  it('leaves short words and American spellings alone', () => {
    for (const word of ['hour', 'four', 'flour', 'acre', 'there', 'where', 'color', 'center', 'organize'])
      expect(americanSpelling(word)).toBe(word);
  });
});
