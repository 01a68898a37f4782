/**
 * Normalizes a free-form map of an event (ONIMBOTV2CONTEXTGET's `data[context]`, ONAPPTEST's
 * `data[QUERY]`): each scalar value as its text (booleans as `'1'`/`'0'`, as a webhook sends
 * them); nested values are left out (they stay in `raw`).
 *
 * @param raw The validated map, or `undefined` when absent.
 * @returns The map of texts; `{}` when absent.
 * @internal
 */
export function normalizeTextRecord(
  raw: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  if (raw === undefined) return out;
  for (const key of Object.keys(raw)) {
    const value = raw[key];
    let text: string | undefined;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
    else if (typeof value === 'boolean') text = value ? '1' : '0';
    if (text !== undefined) {
      // A key such as `__proto__` stays an own data property.
      Object.defineProperty(out, key, {
        value: text,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return out;
}
