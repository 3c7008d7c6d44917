const brand = Symbol.for('switchyard.error');

/** Stable machine-readable codes, one per failure kind. */
export type SwitchyardErrorCode =
  | 'ERR_TRANSPORT'
  | 'ERR_TIMEOUT'
  | 'ERR_UPSTREAM_PROTOCOL'
  | 'ERR_INVALID_REQUEST_OPTIONS'
  | 'ERR_ALL_BRANCHES_FAILED'
  | 'ERR_CONFIG';

/**
 * Base of every error Switchyard throws. `instanceof` works across duplicate copies of this
 * package (two versions in one dependency tree) because it checks a global symbol brand.
 */
export class SwitchyardError extends Error {
  /** A stable code for this kind of failure, safe to switch on. */
  readonly code: SwitchyardErrorCode;

  constructor(code: SwitchyardErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SwitchyardError';
    this.code = code;
    Object.defineProperty(this, brand, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null || !(brand in value)) return false;
    // Subclasses keep their own identity: `TransportError` matches only transport errors.
    if (this === SwitchyardError) return true;
    return Function.prototype[Symbol.hasInstance].call(this, value) || sameName(this, value);
  }
}

function sameName(type: { name: string }, value: object): boolean {
  return (value as { name?: unknown }).name === type.name;
}
