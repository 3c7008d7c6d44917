import {
  applyNot,
  type BuiltinCheck,
  optionalBoolean,
  optionalOneOf,
  optionalStrings,
  requireStrings,
} from './builtin-check.js';

/** `default.modelWhitelist`: the request's `model` is in `models` (or, with `not`, is not). */
export const modelWhitelist: BuiltinCheck = {
  validate(parameters, path) {
    requireStrings(parameters, 'models', path);
    optionalBoolean(parameters, 'not', path);
  },
  run(context, parameters) {
    const model = context.request.json.model;
    const allowed = parameters.models as string[];
    const listed = typeof model === 'string' && allowed.includes(model);
    return {
      verdict: applyNot(parameters, listed),
      data: { requestedModel: model ?? null, allowedModels: allowed },
    };
  },
};

/** `default.requiredMetadataKeys`: the request metadata has `all` (default), `any` or `none` of `metadataKeys`. */
export const requiredMetadataKeys: BuiltinCheck = {
  validate(parameters, path) {
    requireStrings(parameters, 'metadataKeys', path);
    optionalOneOf(parameters, 'operator', ['all', 'any', 'none'], path);
  },
  run(context, parameters) {
    const keys = parameters.metadataKeys as string[];
    const present = keys.filter((key) => Object.hasOwn(context.metadata, key));
    const operator = (parameters.operator as string | undefined) ?? 'all';
    const verdict =
      operator === 'any'
        ? present.length > 0
        : operator === 'none'
          ? present.length === 0
          : present.length === keys.length;
    return { verdict, data: { operator, present, missing: keys.filter((key) => !present.includes(key)) } };
  },
};

/**
 * `switchyard.requestParams`: the request body uses only `allowed` top-level parameters (when given)
 * and none of `forbidden`, e.g. `{ forbidden: ['logit_bias', 'tools'] }`.
 */
export const requestParams: BuiltinCheck = {
  validate(parameters, path) {
    optionalStrings(parameters, 'allowed', path);
    optionalStrings(parameters, 'forbidden', path);
    if (parameters.allowed === undefined && parameters.forbidden === undefined) {
      throw new TypeError(`${path} must have allowed or forbidden (arrays of parameter names)`);
    }
  },
  run(context, parameters) {
    const used = Object.keys(context.request.json);
    const allowed = parameters.allowed as string[] | undefined;
    const forbidden = (parameters.forbidden as string[] | undefined) ?? [];
    const notAllowed = allowed ? used.filter((name) => !allowed.includes(name)) : [];
    const present = used.filter((name) => forbidden.includes(name));
    return {
      verdict: notAllowed.length === 0 && present.length === 0,
      data: { notAllowed, forbidden: present },
    };
  },
};
