/** The keys whose values are secrets, normalized and raw. */
const TOKEN_KEYS = new Set([
  'accessToken',
  'refreshToken',
  'applicationToken',
  'access_token',
  'refresh_token',
  'application_token',
  // ONAPPMETHODCONFIRM's `data[TOKEN]`: the access token the app called the method with.
  'TOKEN',
]);

/** What every token is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Returns a deep copy of an event (or any value) with every token replaced by `"[redacted]"`, at
 * every depth, in the normalized fields and in `raw`: `accessToken`, `refreshToken`,
 * `applicationToken` and the wire keys `access_token`, `refresh_token`, `application_token` and
 * `TOKEN` (ONAPPMETHODCONFIRM's access token). The input is not changed. Use it before logging an
 * event.
 *
 * @param event The event, or any JSON-like value.
 * @returns The copy, of the same type; dates stay dates.
 *
 * @example
 * ```ts
 * logger.info(redactEvent(event));
 * // { auth: { accessToken: '[redacted]', applicationToken: '[redacted]', domain: '...' }, ... }
 * ```
 * @category Verification
 */
export function redactEvent<T>(event: T): T {
  return copy(event, new Map()) as T;
}

function copy(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof Date) return new Date(value.getTime());
  const out: Record<string, unknown> = Array.isArray(value)
    ? []
    : Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype);
  seen.set(value, out);
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // defineProperty, not assignment: an own `__proto__` key (JSON.parse makes them) stays a key.
    Object.defineProperty(out, key, {
      value:
        TOKEN_KEYS.has(key) && item !== undefined && item !== null ? REDACTED : copy(item, seen),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}
