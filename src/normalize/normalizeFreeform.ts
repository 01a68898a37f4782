import type { FreeformRecord, FreeformValue } from '../model/Freeform.js';
import type { WireFreeformMap } from '../wire/wireV2.js';

/**
 * Normalizes a free-form part of a payload into what a webhook sends: texts (JSON's booleans as
 * `'1'`/`'0'`, numbers as their text) and maps (lists keyed by position); `null` and empty maps
 * are left out, as `http_build_query` leaves them out.
 *
 * @param value A validated value: a text, a number, a boolean, `null`, a map or a list.
 * @returns The value, or `undefined` when nothing is left.
 * @internal
 */
function normalizeFreeform(value: unknown): FreeformValue | undefined {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'object') return normalizeFreeformMap(value as WireFreeformMap);
  // The schema let through texts and finite numbers only.
  return value === undefined ? undefined : String(value);
}

/**
 * Normalizes a free-form map (a chat's `entityLink`, a message's `keyboard`), as
 * {@link normalizeFreeform}.
 *
 * @param raw The validated map, or `null`.
 * @returns The map, or `undefined` when it is `null` or empty.
 * @internal
 */
export function normalizeFreeformMap(raw: WireFreeformMap): FreeformRecord | undefined {
  if (raw === null) return undefined;
  const out: Record<string, FreeformValue> = {};
  let empty = true;
  for (const key of Object.keys(raw)) {
    const item = normalizeFreeform((raw as Readonly<Record<string, unknown>>)[key]);
    if (item !== undefined) {
      // A key such as `__proto__` stays an own data property.
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      empty = false;
    }
  }
  return empty ? undefined : out;
}
