import { hash } from 'node:crypto';

/** Subjects whose keys a limiter remembers; past this many the memo starts again. */
const memoLimit = 10_000;

/**
 * The store keys of a limiter named `name`, by subject: `derive` makes them from the subject's base
 * key `<name>:{<hash>}`. The subject is hashed (SHA-256, 128 bits, base64url) so whatever
 * `key(request)` returns, even a credential, never appears in a store; the braces make it a Redis
 * Cluster hash tag, so one subject's keys share a slot. A gateway's tenants ask again and again, so
 * recent subjects' keys are remembered (the same strings each time, which a `Map` finds fastest), in
 * a memo bounded to 10 000 subjects.
 */
export function subjectKeys<Keys>(name: string, derive: (base: string) => Keys): (subject: string) => Keys {
  const memo = new Map<string, Keys>();
  return (subject) => {
    let keys = memo.get(subject);
    if (keys === undefined) {
      if (memo.size >= memoLimit) memo.clear();
      keys = derive(`${name}:{${hash('sha256', subject, 'base64url').slice(0, 22)}}`);
      memo.set(subject, keys);
    }
    return keys;
  };
}
