/** An OpenAI request this provider cannot express natively; answered as a 400 naming `param`. */
export class UnsupportedRequestError extends Error {
  /** The request parameter at fault, e.g. `messages[2].content[0]`. */
  readonly param: string;

  constructor(param: string, message: string) {
    super(message);
    this.name = 'UnsupportedRequestError';
    this.param = param;
  }
}
