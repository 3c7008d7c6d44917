import { type BuiltinCheck, describe, optionalBoolean } from './builtin-check.js';

/** The kinds of personal data `switchyard.pii` finds. */
export type PiiCategory = 'email' | 'phone' | 'credit_card' | 'iban' | 'ssn';

export const piiCategories: readonly PiiCategory[] = ['email', 'credit_card', 'iban', 'ssn', 'phone'];

interface Detector {
  pattern: RegExp;
  /** Confirms a candidate (checksums), so random digit runs are not flagged. */
  confirm?(match: string): boolean;
}

// Order matters: card numbers, IBANs and SSNs are found (and masked) before phone numbers.
const detectors: Record<PiiCategory, Detector> = {
  email: { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  credit_card: { pattern: /\b\d(?:[ -]?\d){12,18}\b/g, confirm: (match) => luhn(match.replace(/\D/g, '')) },
  iban: {
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g,
    confirm: (match) => ibanValid(match.replace(/ /g, '')),
  },
  ssn: { pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  phone: {
    // Whole digit groups only: a run of digits (a failed card number) is not read as a phone inside.
    pattern:
      /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,4}){1,3}(?!\w|[ .-]\d)/g,
    confirm: (match) => {
      const digits = match.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    },
  },
};

/** True when `digits` passes the Luhn checksum of payment card numbers. */
export function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** True when `iban` (no spaces) passes the ISO 13616 mod-97 check. */
export function ibanValid(iban: string): boolean {
  if (iban.length < 15 || iban.length > 34) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

/** Personal data found in `text`, by category, and the text with each finding replaced by `[CATEGORY]`. */
export function findPii(
  text: string,
  categories: readonly PiiCategory[],
): { found: Partial<Record<PiiCategory, number>>; redacted: string } {
  const found: Partial<Record<PiiCategory, number>> = {};
  let redacted = text;
  for (const category of piiCategories) {
    if (!categories.includes(category)) continue;
    const detector = detectors[category];
    redacted = redacted.replace(detector.pattern, (match) => {
      if (detector.confirm && !detector.confirm(match)) return match;
      found[category] = (found[category] ?? 0) + 1;
      return `[${category.toUpperCase()}]`;
    });
  }
  return { found, redacted };
}

/**
 * `switchyard.pii`: no emails, phone numbers, payment card numbers (Luhn-checked), IBANs (mod-97
 * checked) or SSN-like ids in any text part. `categories` narrows the search (default: all);
 * `redact: true` replaces findings with `[EMAIL]`, `[PHONE]`, ... and passes instead of failing.
 */
export const pii: BuiltinCheck = {
  validate(parameters, path) {
    optionalBoolean(parameters, 'redact', path);
    const categories = parameters.categories;
    if (categories === undefined) return;
    if (
      !Array.isArray(categories) ||
      categories.length === 0 ||
      categories.some((item) => !piiCategories.includes(item))
    ) {
      throw new TypeError(
        `${path}.categories must be a non-empty array of ${piiCategories.map((item) => `"${item}"`).join(', ')}; got ${describe(categories)}`,
      );
    }
  },
  run(context, parameters) {
    const categories = (parameters.categories as PiiCategory[] | undefined) ?? piiCategories;
    const found: Partial<Record<PiiCategory, number>> = {};
    for (const text of context.texts) {
      for (const [category, count] of Object.entries(findPii(text, categories).found)) {
        found[category as PiiCategory] = (found[category as PiiCategory] ?? 0) + count;
      }
    }
    const detected = Object.keys(found).length > 0;
    if (!detected) return { verdict: true, data: { detected: {} } };
    if (parameters.redact === true) {
      return {
        verdict: true,
        data: { detected: found, redacted: true },
        redact: (text) => findPii(text, categories).redacted,
      };
    }
    return { verdict: false, data: { detected: found, redacted: false } };
  },
};
