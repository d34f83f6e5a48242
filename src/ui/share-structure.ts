/**
 * Structural sharing for plain data: the parts of a new value that equal the old one's keep the
 * old objects, so that views memoised by reference (a grid row, a table step) skip what did not
 * change even when the new value was rebuilt whole (by the form library, or by parsing).
 */

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * `next`, with every part deep-equal to the same part of `previous` replaced by that part; the
 * whole of `previous` when they are equal throughout. Plain data only (objects, arrays,
 * strings, numbers, booleans, null). Neither argument is changed.
 */
export function shareStructure<T>(next: T, previous: unknown): T {
  if (Object.is(next, previous)) return next;
  if (!isRecord(next) || !isRecord(previous) || Array.isArray(next) !== Array.isArray(previous)) {
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
