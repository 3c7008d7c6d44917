import { describe, expect, it } from 'vitest';
import { withIncludeUsageText } from './include-usage.js';

describe('withIncludeUsageText', () => {
  it('adds stream_options.include_usage as the last member of any object text', () => {
    for (const text of [
      '{"model":"m","stream":true}',
      '{\n  "model": "m",\n  "messages": [{"role": "user", "content": "}"}]\n}\n',
      '{}',
      '{ }',
    ]) {
      const spliced = withIncludeUsageText(text);
      expect(spliced).toBeDefined();
      expect(JSON.parse(spliced!)).toEqual({ ...JSON.parse(text), stream_options: { include_usage: true } });
    }
  });

  it('leaves what is not an object text alone', () => {
    expect(withIncludeUsageText('[1, 2]')).toBeUndefined();
    expect(withIncludeUsageText('"text"')).toBeUndefined();
    expect(withIncludeUsageText('{"a":1} trailing')).toBeUndefined();
  });
});
