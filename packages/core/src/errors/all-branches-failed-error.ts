import { SwitchyardError } from './switchyard-error.js';

/** Every branch of a routing middleware failed without producing a response. */
export class AllBranchesFailedError extends SwitchyardError {
  /** Each branch's error, in the order the branches were tried. */
  readonly errors: readonly unknown[];

  constructor(errors: readonly unknown[]) {
    const reasons = errors.map(
      (error, index) => `[${index}] ${error instanceof Error ? error.message : String(error)}`,
    );
    super('ERR_ALL_BRANCHES_FAILED', `All ${errors.length} branches failed: ${reasons.join('; ')}`, {
      cause: errors.at(-1),
    });
    this.name = 'AllBranchesFailedError';
    this.errors = errors;
  }
}
