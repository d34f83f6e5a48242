/**
 * Plain data (objects, arrays, strings, numbers, booleans, null), as forms and parsing produce
 * it: structural equality, and structural sharing, where the parts of a new value that equal the
 * old one's keep the old objects, so that views memoised by reference (a grid row, a table step)
 * skip what did not change even when the new value was rebuilt whole (by the form library, or by
 * parsing).
 */

/** An object or an array: something with parts. */
export function isPlainRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Structural equality of plain data (NaN equal to itself). */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isPlainRecord(a) || !isPlainRecord(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key in b && samePlainData(a[key], b[key]));
}

/**
 * `next`, with every part deep-equal to the same part of `previous` replaced by that part; the
 * whole of `previous` when they are equal throughout. Plain data only (objects, arrays,
 * strings, numbers, booleans, null). Neither argument is changed.
 */
export function shareStructure<T>(next: T, previous: unknown): T {
  if (Object.is(next, previous)) return next;
  if (
    !isPlainRecord(next) ||
    !isPlainRecord(previous) ||
    Array.isArray(next) !== Array.isArray(previous)
  ) {
    return next;
  }
  const keys = Object.keys(next);
  let equal = keys.length === Object.keys(previous).length;
  let copy: object | null = null;
  for (const key of keys) {
    const child = next[key];
    const had = Object.hasOwn(previous, key);
    const shared = had ? shareStructure(child, previous[key]) : child;
    if (!had || !Object.is(shared, previous[key])) equal = false;
    if (!Object.is(shared, child)) {
      copy ??= Array.isArray(next) ? [...next] : { ...next };
      Reflect.set(copy, key, shared);
    }
  }
  // safe: `previous` is deep-equal to `next` (same keys, every part shared), so it is a T
  if (equal) return previous as T;
  // safe: a copy of `next` with parts replaced by deep-equal ones is still a T
  return (copy ?? next) as T;
}
