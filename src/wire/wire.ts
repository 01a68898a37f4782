import * as v from 'valibot';
import { describeKind } from '../errors/EventParseError.js';

/**
 * A wire id: decimal digits (leading zeros allowed) or a JSON integer, at most `Number.MAX_SAFE_INTEGER`.
 *
 * @category Wire types
 */
export type WireId = string | number;

/** A wire text: a string, or a JSON number standing for its decimal text. @category Wire types */
export type WireText = string | number;

/** A wire flag: `'Y'`/`'N'`, `'1'`/`'0'`, or a JSON boolean. @category Wire types */
export type WireFlag = 'Y' | 'N' | '1' | '0' | '' | boolean;

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

/**
 * Whether a string is decimal digits whose value is at most `Number.MAX_SAFE_INTEGER`.
 *
 * @param text The string.
 * @returns True for `'0'`, `'0042'`, `'9007199254740991'`; false for `''`, `'-1'`, `'1e3'`, `'9007199254740992'`.
 * @internal
 */
export function isSafeDigits(text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let start = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
    if (c === 0x30 && start === i && i < length - 1) start++;
  }
  const significant = length - start;
  if (significant < MAX_SAFE_DIGITS.length) return true;
  if (significant > MAX_SAFE_DIGITS.length) return false;
  return text.slice(start) <= MAX_SAFE_DIGITS;
}

/**
 * Whether a value is a wire id: safe digits, or a non-negative safe JSON integer.
 *
 * @param value Any value.
 * @returns True for `'42'`, `42`; false for `'-1'`, `1.5`, `''`.
 * @internal
 */
export function isWireId(value: unknown): value is WireId {
  if (typeof value === 'string') return isSafeDigits(value);
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Says what kind of number-like thing was found where an id or a time was expected, without the value.
 *
 * @param value The value found.
 * @returns A noun phrase.
 * @internal
 */
export function describeNumberKind(value: unknown): string {
  if (typeof value === 'number') {
    if (value < 0) return 'a negative number';
    if (!Number.isInteger(value)) return 'a fractional number';
    return 'an integer larger than 2^53 - 1';
  }
  if (typeof value !== 'string' || value.trim() === '') return describeKind(value);
  if (/^\s|\s$/.test(value)) return 'a string with surrounding white space';
  if (/^-\d+$/.test(value)) return 'a negative number';
  if (/^\+\d+$/.test(value)) return 'a number with a plus sign';
  if (/^0x[0-9a-f]+$/i.test(value)) return 'a hexadecimal number';
  if (/^\d+$/.test(value)) return 'a number larger than 2^53 - 1';
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value)) {
    return 'a number with a fraction or exponent';
  }
  return `${describeKind(value)} that is not a number`;
}

/** Builds a message function that says what was expected and what kind of value was found. */
function expected(what: string, describe: (value: unknown) => string = describeKind) {
  return (issue: v.BaseIssue<unknown>) => `expected ${what}, found ${describe(issue.input)}`;
}

/**
 * The message of every object schema: a missing key, or a value that is not an object.
 *
 * @param issue The valibot issue.
 * @returns The sentence.
 * @internal
 */
export function objectMessage(issue: v.BaseIssue<unknown>): string {
  return issue.input === undefined
    ? 'is required but missing'
    : `expected an object (a map of fields), found ${describeKind(issue.input)}`;
}

/**
 * The message given by an event-code literal schema when the code is missing or different.
 * @internal
 */
export function eventCodeMessage(code: string) {
  return (issue: v.BaseIssue<unknown>) =>
    issue.input === undefined ? 'is required but missing' : `expected the event code '${code}'`;
}

/** A wire id (see {@link WireId}); normalized to a `number`. */
export const RawIdSchema = v.custom<WireId>(
  isWireId,
  expected('an id (decimal digits, at most 2^53 - 1)', describeNumberKind),
);

/** A wire unix time in seconds (digits, or a JSON integer); normalized to a `Date`. */
export const RawUnixTimeSchema = v.custom<WireId>(
  isWireId,
  expected('a unix time (seconds as decimal digits)', describeNumberKind),
);

/** A wire whole number of seconds (digits, or a JSON integer). */
export const RawSecondsSchema = v.custom<WireId>(
  isWireId,
  expected('a number of seconds (decimal digits)', describeNumberKind),
);

/** A wire size in bytes (digits, or a JSON integer); normalized to a `number`. */
export const RawByteSizeSchema = /* @__PURE__ */ v.custom<WireId>(
  isWireId,
  expected('a size in bytes (decimal digits)', describeNumberKind),
);

/** A wire count (digits, or a JSON integer); normalized to a `number`. */
export const RawCountSchema = /* @__PURE__ */ v.custom<WireId>(
  isWireId,
  expected('a count (decimal digits)', describeNumberKind),
);

/** A wire image size: `false` (`'0'` on a webhook) for a file that is no image, else a map. @category Wire types */
export type WireImageSize =
  | false
  | '0'
  | {
      /** The width in pixels. */
      readonly width?: WireId | undefined;
      /** The height in pixels. */
      readonly height?: WireId | undefined;
      /** Any other key, kept as sent. */
      readonly [key: string]: unknown;
    };

/**
 * Whether a value is an object (a map, or a JSON list) whose `width` and `height`, when there,
 * are ids.
 */
function isImageSize(value: unknown): boolean {
  if (value === false || value === '0') return true;
  if (typeof value !== 'object' || value === null) return false;
  const { width, height } = value as Record<string, unknown>;
  return (width === undefined || isWireId(width)) && (height === undefined || isWireId(height));
}

/**
 * The preview size of a file (`image`): `false` (`'0'`) for a file that is no image, else
 * `{width, height}` in pixels, each optional; normalized to `false` or a map of numbers.
 */
export const RawImageSizeSchema = /* @__PURE__ */ v.custom<WireImageSize>(
  isImageSize,
  expected("an image size ({width, height} as decimal digits) or false ('0')"),
);

/** A wire integer that may be negative (`FAKE_RELATION`). */
export const RawIntegerSchema = v.custom<WireId>(
  (value) =>
    typeof value === 'number'
      ? Number.isSafeInteger(value)
      : typeof value === 'string' && isSafeDigits(value.startsWith('-') ? value.slice(1) : value),
  expected('an integer (decimal digits)', describeNumberKind),
);

/**
 * A wire flag: `Y`/`N`, PHP's booleans as form-encoded (`1`, and `0` or `` for false), or a JSON
 * boolean; normalized to a `boolean`.
 */
export const RawYesNoSchema = v.custom<WireFlag>(
  (value) =>
    typeof value === 'boolean' ||
    value === 'Y' ||
    value === 'N' ||
    value === '1' ||
    value === '0' ||
    value === '',
  expected("a flag ('Y' or 'N', '1' or '0' or '' as PHP's booleans, or a boolean)"),
);

/** A wire text: a string, or a JSON number standing for its text. */
export const RawTextSchema = v.custom<WireText>(
  (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  expected('a string'),
);

/** A wire id where `0` (or an empty string) means none; normalized to a `number` or `null`. */
export const RawNullableIdSchema = v.custom<WireId>(
  (value) => value === '' || isWireId(value),
  expected("an id (decimal digits; '0' or empty for none)", describeNumberKind),
);

/**
 * A map keyed by id (`data[COMMAND]`, `data[BOT]`): every key decimal digits, every entry valid,
 * at least one entry.
 *
 * @param entry The schema of an entry.
 * @param noun What an entry is, for the messages (`'command'`, `'bot'`).
 * @returns The schema.
 * @internal
 */
export function idKeyedMapSchema<Entry>(
  entry: v.GenericSchema<unknown, Entry>,
  noun: string,
): v.GenericSchema<unknown, Readonly<Record<string, Entry>>> {
  return v.pipe(
    v.record(
      v.custom<string>(
        (key) => typeof key === 'string' && isSafeDigits(key),
        (issue) =>
          `expected a ${noun} id as the key (decimal digits), found ${describeKind(issue.input)}`,
      ),
      entry,
      objectMessage,
    ),
    v.check(
      (entries) => Object.keys(entries).length > 0,
      `expected at least one ${noun}, found none`,
    ),
  );
}
