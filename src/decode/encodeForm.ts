/**
 * Options of {@link encodeForm}.
 *
 * @category Form codec
 */
export interface EncodeFormOptions {
  /**
   * How names and values are escaped, as PHP's `PHP_QUERY_RFC1738` (space as `+`) or
   * `PHP_QUERY_RFC3986` (space as `%20`, `~` kept).
   *
   * @default 'RFC1738'
   */
  readonly encoding?: 'RFC1738' | 'RFC3986' | undefined;
}

const encoder = new TextEncoder();
const HEX = '0123456789ABCDEF';

/**
 * Encodes a value as the form body PHP's `http_build_query()` makes of the same PHP array,
 * byte for byte: what Bitrix24 posts to a bot.
 *
 * - Keys keep their (JavaScript) enumeration order; nested keys are written `a%5Bb%5D%5Bc%5D`,
 *   arrays by index.
 * - Strings are escaped as UTF-8; `true` is `1`, `false` is `0`; safe integers and bigints are
 *   written as integers, other numbers as PHP floats at PHP's default precision of 14 (`1.0E+25`),
 *   rounded as PHP rounds them (an exact tie to the even digit: `677695476613.125` is `677695476613.12`).
 * - `null` and `undefined` are omitted, and so are empty arrays and objects, as PHP omits them.
 *
 * @param value The payload: an object (or array) whose leaves are strings, numbers, booleans or `null`.
 * @param options The escaping to use.
 * @returns The body, without a leading `?`.
 * @throws {TypeError} For a function, a symbol, or a cycle.
 *
 * @example
 * ```ts
 * encodeForm({ event: 'ONIMCOMMANDADD', data: { COMMAND: { 99: { COMMAND: 'echo' } } } });
 * // 'event=ONIMCOMMANDADD&data%5BCOMMAND%5D%5B99%5D%5BCOMMAND%5D=echo'
 * ```
 * @see https://www.php.net/manual/en/function.http-build-query.php
 * @category Form codec
 */
export function encodeForm(value: object, options?: EncodeFormOptions): string {
  const rfc3986 = options?.encoding === 'RFC3986';
  const parts: string[] = [];
  encodeMap(value, undefined, rfc3986, parts, new Set());
  return parts.join('&');
}

function encodeMap(
  map: object,
  prefix: string | undefined,
  rfc3986: boolean,
  parts: string[],
  seen: Set<object>,
): void {
  if (seen.has(map))
    throw new TypeError('[bitrix24-imbot-events] encodeForm cannot encode a cyclic value');
  seen.add(map);
  for (const key of Object.keys(map)) {
    const item: unknown = (map as Record<string, unknown>)[key];
    if (item === null || item === undefined) continue;
    const escapedKey = urlEscape(key, rfc3986);
    const name = prefix === undefined ? escapedKey : `${prefix}%5B${escapedKey}%5D`;
    if (typeof item === 'object') {
      encodeMap(item, name, rfc3986, parts, seen);
    } else {
      parts.push(`${name}=${urlEscape(scalarText(item), rfc3986)}`);
    }
  }
  seen.delete(map);
}

function scalarText(item: unknown): string {
  switch (typeof item) {
    case 'string':
      return item;
    case 'boolean':
      return item ? '1' : '0';
    case 'bigint':
      return item.toString();
    case 'number':
      return Number.isSafeInteger(item) ? String(item) : phpFloat(item);
    default:
      throw new TypeError(`[bitrix24-imbot-events] encodeForm cannot encode a ${typeof item}`);
  }
}

/**
 * Formats a float as PHP's `http_build_query` does (`%.14G` through `php_gcvt`).
 */
function phpFloat(value: number): string {
  if (Number.isNaN(value)) return 'NAN';
  if (!Number.isFinite(value)) return value > 0 ? 'INF' : '-INF';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (value === 0) return `${sign}0`;
  const [mantissa = '', exponent = '0'] = Math.abs(value).toExponential(13).split('e');
  let digits = mantissa.replace('.', '');
  const last = Number(digits[13]);
  // toExponential breaks an exact tie upwards, PHP's zend_dtoa to even: an odd last digit that
  // came from a tie steps back down to the even one below it (no carry: it was at most 8 + 1).
  if (last % 2 === 1 && isTieBelow(Math.abs(value), digits, Number(exponent))) {
    digits = digits.slice(0, 13) + (last - 1);
  }
  digits = digits.replace(/0+$/, '');
  const point = Number(exponent) + 1; // value = 0.DIGITS * 10^point
  if (point < -3 || point > 14) {
    const e = point - 1;
    const fraction = digits.length > 1 ? digits.slice(1) : '0';
    return `${sign}${digits[0]}.${fraction}E${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (digits.length <= point) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Tells whether a positive finite double lies exactly halfway below the 14 significant `digits`
 * (times `10^(exponent - 13)`), i.e. whether `2 * value === (2 * digits - 1) * 10^(exponent - 13)`
 * holds exactly, in integers over the double's own mantissa and binary exponent.
 */
function isTieBelow(value: number, digits: string, exponent: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & 0xfffffffffffffn;
  // value = mantissa * 2^binary; subnormals have no implicit leading bit.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const binary = BigInt((biased || 1) - 1074); // the binary exponent of 2 * value
  const decimal = BigInt(13 - exponent);
  let left = mantissa;
  let right = BigInt(digits) * 2n - 1n;
  if (binary < 0n) right <<= -binary;
  else left <<= binary;
  if (decimal < 0n) right *= 10n ** -decimal;
  else left *= 10n ** decimal;
  return left === right;
}

/**
 * Escapes a string as PHP's `urlencode` (RFC 1738) or `rawurlencode` (RFC 3986).
 */
function urlEscape(text: string, rfc3986: boolean): string {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    if (!isUnreserved(text.charCodeAt(i), rfc3986)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  let out = '';
  for (const byte of encoder.encode(text)) {
    if (isUnreserved(byte, rfc3986)) out += String.fromCharCode(byte);
    else if (byte === 0x20 && !rfc3986) out += '+';
    else out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  }
  return out;
}

function isUnreserved(c: number, rfc3986: boolean): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x2d || // -
    c === 0x2e || // .
    c === 0x5f || // _
    (rfc3986 && c === 0x7e) // ~
  );
}
