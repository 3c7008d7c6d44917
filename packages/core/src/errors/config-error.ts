import { SwitchyardError } from './switchyard-error.js';

/** A configuration (Portkey JSON config, vault, registry) is invalid; the message names the path. */
export class ConfigError extends SwitchyardError {
  /** Every problem found, each starting with the path it concerns. */
  readonly issues: readonly string[];

  constructor(issues: readonly string[]) {
    super('ERR_CONFIG', issues.length === 1 ? issues[0]! : `Invalid config:\n- ${issues.join('\n- ')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
