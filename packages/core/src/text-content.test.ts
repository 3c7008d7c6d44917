import { describe, expect, it } from 'vitest';
import { RequestTranslationError } from './request-translation-error.js';
import { textContent } from './text-content.js';

describe('textContent', () => {
  it('is the string, or the text parts joined', () => {
    expect(textContent('Hi', 'messages[0].content')).toBe('Hi');
    expect(
      textContent(
        [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b' },
        ],
        'messages[0].content',
      ),
    ).toBe('ab');
  });

  it('names the part or content at fault', () => {
    const image = [{ type: 'image_url', image_url: { url: 'x' } }] as never;
    expect(() => textContent(image, 'messages[1].content')).toThrow(
      expect.objectContaining({
        param: 'messages[1].content[0]',
        message: 'only text parts are allowed here',
      }),
    );
    const error = (() => {
      try {
        textContent(null, 'messages[2].content');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(RequestTranslationError);
    expect(error).toMatchObject({
      name: 'RequestTranslationError',
      param: 'messages[2].content',
      message: 'content must be a string or an array of text parts',
    });
  });

  it('names a part that is null or not an object, or a text that is not a string, never a TypeError', () => {
    expect(() => textContent([null] as never, 'messages[0].content')).toThrow(
      expect.objectContaining({ name: 'RequestTranslationError', param: 'messages[0].content[0]' }),
    );
    expect(() => textContent([3] as never, 'messages[0].content')).toThrow(
      expect.objectContaining({ name: 'RequestTranslationError', param: 'messages[0].content[0]' }),
    );
    expect(() => textContent([{ type: 'text', text: {} }] as never, 'messages[0].content')).toThrow(
      expect.objectContaining({ name: 'RequestTranslationError', param: 'messages[0].content[0].text' }),
    );
  });
});
