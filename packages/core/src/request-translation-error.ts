/**
 * An OpenAI request a provider cannot express in its native API (a content part it has no form
 * for, a malformed message); a provider answers it as a 400 naming `param`.
 */
export class RequestTranslationError extends Error {
  /** The request parameter at fault, as a path such as `messages[2].content[0]`. */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'RequestTranslationError';
    this.param = param;
  }
}
