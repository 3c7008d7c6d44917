import type { ChatTextPart } from './openai-types.js';
import { RequestTranslationError } from './request-translation-error.js';

/**
 * The text of a message `content` that may only hold text (system, developer and tool messages,
 * assistant replies): the string itself, or its text parts joined.
 *
 * @throws RequestTranslationError at `where` (or `where[i]` for a non-text part) otherwise.
 */
export function textContent(
  content: string | readonly ChatTextPart[] | null | undefined,
  where: string,
): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part: ChatTextPart | null, i) => {
        // A client's body may hold anything here: null, a number, a part without its text.
        if (typeof part !== 'object' || part === null || part.type !== 'text') {
          throw new RequestTranslationError(`${where}[${i}]`, 'only text parts are allowed here');
        }
        if (typeof part.text !== 'string') {
          throw new RequestTranslationError(`${where}[${i}].text`, 'text must be a string');
        }
        return part.text;
      })
      .join('');
  }
  throw new RequestTranslationError(where, 'content must be a string or an array of text parts');
}
