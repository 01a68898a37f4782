import type { WireFlag, WireId, WireText } from '../wire/wire.js';

/**
 * Converts a validated wire id to a number.
 *
 * @param id Digits or a safe integer, as the raw schema guarantees.
 * @returns The id.
 * @internal
 */
export function toId(id: WireId): number {
  return typeof id === 'number' ? id : Number(id);
}

/**
 * Converts a validated wire id to a number, `0` and `''` to `null`.
 *
 * @param id Digits or a safe integer.
 * @returns The id, or `null` for none.
 * @internal
 */
export function toOptionalId(id: WireId): number | null {
  const value = toId(id);
  return value === 0 ? null : value;
}

/**
 * Converts a validated wire flag to a boolean.
 *
 * @param flag `Y`/`N`, `1`/`0`/``, or a boolean.
 * @returns True for `Y`, `1` and `true`.
 * @internal
 */
export function toFlag(flag: WireFlag): boolean {
  return flag === true || flag === 'Y' || flag === '1';
}

/**
 * Converts a validated unix time in seconds to a `Date`.
 *
 * @param seconds Digits or a safe integer.
 * @returns The moment.
 * @internal
 */
export function toDate(seconds: WireId): Date {
  return new Date(toId(seconds) * 1000);
}

/**
 * Converts a wire text to a string (a JSON number stands for its decimal text).
 *
 * @param text The text.
 * @returns The string.
 * @internal
 */
export function toText(text: WireText): string {
  return typeof text === 'string' ? text : String(text);
}

/**
 * Splits a scope list on commas and white space.
 *
 * @param scope `'imbot,im'` or `'imbot im'`.
 * @returns The scopes, without empty ones.
 * @internal
 */
export function toScope(scope: WireText): string[] {
  return toText(scope)
    .split(/[\s,]+/)
    .filter((item) => item !== '');
}
