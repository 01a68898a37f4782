import { type EventParseError, eventError, MESSAGE_PREFIX } from '../errors/EventParseError.js';

/**
 * Bounds on the work a body may cause. Past any of them parsing stops with an
 * {@link EventParseError} instead of silently dropping data as PHP does.
 *
 * @category Parsing
 */
export interface Limits {
  /**
   * The largest body accepted, in bytes (UTF-8); checked before any decoding work.
   * Code `body_too_large`.
   *
   * @default 1048576
   */
  readonly maxBytes: number;
  /**
   * The most non-empty `&`-separated segments a form body may have (PHP keeps the first
   * 1,000 and drops the rest without a word). Code `too_many_params`.
   *
   * @default 10000
   */
  readonly maxParams: number;
  /**
   * The most bracket groups one form name may have (`a[b][c]` has two), counted as PHP counts
   * its `max_input_nesting_level`: an unclosed `[` right after the last group (or as the first
   * one) counts too, although it adds no key (`a[b][c` has two). PHP drops the whole variable
   * past 64. Code `too_deep`.
   *
   * @default 32
   */
  readonly maxDepth: number;
  /**
   * The most maps a body may make (each bracket group that opens a new map, as `a[b][c]=1` makes
   * two and `a[][][]=1` three; for a decoded object, each nested object). A legitimate Bitrix24
   * body makes tens; without this bound 1 MB of `a[][]…[]=1&` would make 320,000 maps, about
   * 70 MB of heap and 150 ms of CPU. Code `too_many_params`.
   *
   * @default 2000
   */
  readonly maxMaps: number;
}

/**
 * The limits in force when none are given: 1 MiB, 10,000 params, 32 bracket groups, 2,000 maps.
 *
 * @category Parsing
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 1_048_576,
  maxParams: 10_000,
  maxDepth: 32,
  maxMaps: 2_000,
});

/**
 * Fills in the defaults and checks that each given limit is a non-negative integer (or `Infinity`).
 *
 * @param limits The caller's limits, possibly partial.
 * @returns The complete limits.
 * @internal
 */
export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  if (limits === undefined) return DEFAULT_LIMITS;
  const resolved: { -readonly [Key in keyof Limits]: number } = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = limits[key] ?? DEFAULT_LIMITS[key];
    if (
      typeof value !== 'number' ||
      !(value === Infinity || (Number.isInteger(value) && value >= 0))
    ) {
      throw new TypeError(
        `${MESSAGE_PREFIX} limits.${key} must be a non-negative integer or Infinity`,
      );
    }
    resolved[key] = value;
  }
  return resolved;
}

/**
 * Throws `body_too_large` when a body of `size` bytes is over the limit.
 *
 * @param size The body size in bytes, or a lower bound of it that already decides.
 * @param limits The limits in force.
 * @internal
 */
export function checkBodySize(size: number, limits: Limits): void {
  if (size > limits.maxBytes) {
    throw eventError(
      'body_too_large',
      `the body has at least ${size} bytes, more than the limit of ${limits.maxBytes} (limits.maxBytes)`,
    );
  }
}

/** A char of two UTF-8 bytes or more; the native search finds it three times faster than a loop. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * The UTF-8 length of a string, computed exactly only when the cheap bounds (and an ASCII-only
 * text) cannot decide against `limit`.
 *
 * @param text The string.
 * @param limit The byte limit it is checked against.
 * @returns The UTF-8 length, or a lower bound that already exceeds `limit`.
 * @internal
 */
export function utf8LengthUpTo(text: string, limit: number): number {
  // Each UTF-16 unit encodes to 1..3 bytes, so length <= bytes <= 3 * length.
  if (text.length > limit || text.length * 3 <= limit || !NON_ASCII.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The error of a body with more parameters than `limits.maxParams`.
 * @internal
 */
export function tooManyParams(limits: Limits): EventParseError {
  return tooMany(limits, 'maxParams', 'parameters');
}

/**
 * The error of a body that makes more maps than `limits.maxMaps`.
 * @internal
 */
export function tooManyMaps(limits: Limits): EventParseError {
  return tooMany(limits, 'maxMaps', 'maps');
}

function tooMany(limits: Limits, key: 'maxParams' | 'maxMaps', what: string): EventParseError {
  return eventError(
    'too_many_params',
    `the body has more than ${limits[key]} ${what} (limits.${key})`,
  );
}
