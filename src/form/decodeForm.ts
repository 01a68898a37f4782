import { describeKind, eventError } from '../errors/EventParseError.js';
import { decodeUtf8Bytes, toBytes } from './bytes.js';
import { createFormObject, type FormObject } from './FormObject.js';
import { checkBodySize, type Limits, resolveLimits, utf8LengthUpTo } from './limits.js';

/**
 * Options of {@link decodeForm}.
 */
export interface DecodeFormOptions {
  /** Bounds on the work the body may cause; each missing one takes its default from {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<Limits> | undefined;
}

/** What {@link decodeForm} accepts: the body as text or bytes, or already split by `URLSearchParams`. */
export type FormBody = string | Uint8Array | ArrayBuffer | URLSearchParams;

const PLUS = 0x2b;
const PERCENT = 0x25;
const SPACE = 0x20;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const UNDERSCORE = '_';
const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;

/**
 * Decodes a form body exactly as PHP's `parse_str()` does (observed on PHP 8.2).
 *
 * - The body splits on `&` only; empty segments are skipped; the first `=` splits name from
 *   value, and a segment without `=` has the value `''`.
 * - `+` is a space, `%XX` a byte; a malformed escape stays literal (`%%41` gives `%A`), and
 *   byte sequences that are not UTF-8 become U+FFFD.
 * - Names follow PHP's rules: leading spaces dropped, `.` and space in the top-level name become
 *   `_`, `a[b][c]` nests, `[]` appends at the largest integer key + 1, an index runs to the first
 *   `]`, anything after a `]` but `[` ends the name, a NUL byte ends the name.
 * - Duplicates: the last wins; a leaf replaces a map and a map a leaf.
 *
 * Unlike PHP it never drops data silently: past a limit (see {@link Limits}) it throws. The
 * result is built from `null`-prototype objects only, never arrays, so `__proto__` is a plain
 * key and no input can touch `Object.prototype`.
 *
 * @param body The body: text, UTF-8 bytes, or `URLSearchParams`.
 * @param options Limits on the work the body may cause.
 * @returns The decoded map, with PHP's keys and leaf strings.
 * @throws {EventParseError} `body_too_large`, `too_many_params`, `too_deep`, or
 *   `malformed_body` (a body of another type, a literal NUL byte, an append past PHP's integer range).
 *
 * @example
 * ```ts
 * decodeForm('data%5BCOMMAND%5D%5B99%5D%5BCOMMAND%5D=echo&ts=1772097199');
 * // { data: { COMMAND: { '99': { COMMAND: 'echo' } } }, ts: '1772097199' }
 * ```
 * @see https://www.php.net/manual/en/function.parse-str.php
 */
export function decodeForm(body: FormBody, options?: DecodeFormOptions): FormObject {
  const limits = resolveLimits(options?.limits);
  if (typeof body === 'string') {
    checkBodySize(utf8LengthUpTo(body, limits.maxBytes), limits);
    return decodeText(body, false, limits);
  }
  if (body instanceof URLSearchParams) return decodeSearchParams(body, limits);
  const bytes = toBytes(body);
  if (bytes === undefined) {
    throw eventError(
      'malformed_body',
      `expected a form body as a string, Uint8Array, ArrayBuffer or URLSearchParams, found ${describeKind(body)}`,
    );
  }
  checkBodySize(bytes.byteLength, limits);
  const text = decodeUtf8Bytes(bytes);
  // Valid UTF-8 bytes are exactly the UTF-8 encoding of `text`: decode it as text. Otherwise work
  // on the bytes themselves (one char per byte) so raw bytes join neighbouring `%XX` bytes as in PHP.
  return text === undefined
    ? decodeText(latin1(bytes), true, limits)
    : decodeText(text, false, limits);
}

/**
 * Decodes a body held as a string.
 *
 * @param body The body. With `binary`, every char is one byte (0..255); otherwise it is text and
 *   stands for its UTF-8 encoding.
 */
function decodeText(body: string, binary: boolean, limits: Limits): FormObject {
  if (body.indexOf('\0') !== -1) {
    // PHP stops reading at a literal NUL byte and drops the rest; a sender never puts one there.
    throw eventError(
      'malformed_body',
      'the body contains a literal NUL byte (senders encode it as %00)',
    );
  }
  const builder = new FormBuilder(limits);
  const end = body.length;
  let params = 0;
  let nextEquals = body.indexOf('=');
  let start = 0;
  while (start < end) {
    let amp = body.indexOf('&', start);
    if (amp === -1) amp = end;
    if (amp > start) {
      if (++params > limits.maxParams) throw tooManyParams(limits);
      if (nextEquals !== -1 && nextEquals < start) nextEquals = body.indexOf('=', start);
      if (nextEquals !== -1 && nextEquals < amp) {
        builder.add(
          decodeComponent(body, start, nextEquals, binary),
          decodeComponent(body, nextEquals + 1, amp, binary),
        );
      } else {
        builder.add(decodeComponent(body, start, amp, binary), '');
      }
    }
    start = amp + 1;
  }
  return builder.root;
}

function decodeSearchParams(params: URLSearchParams, limits: Limits): FormObject {
  // The params are decoded already; their size is measured on the decoded names and values.
  let size = 0;
  let count = 0;
  for (const [name, value] of params) {
    size += name.length + value.length + 2;
    count++;
  }
  checkBodySize(size, limits);
  if (count > limits.maxParams) throw tooManyParams(limits);
  return decodeFormEntries(params, limits);
}

/**
 * Builds PHP's nested map from already decoded (name, value) pairs, with PHP's name rules: what
 * `Object.fromEntries(formData)` or fastify-formbody give (`{ 'data[PARAMS][MESSAGE]': '...' }`).
 *
 * @param entries The pairs, in body order.
 * @param limits The limits in force (`maxDepth`; the caller checks the others).
 * @returns The decoded map.
 * @internal
 */
export function decodeFormEntries(
  entries: Iterable<readonly [string, string]>,
  limits: Limits,
): FormObject {
  const builder = new FormBuilder(limits);
  for (const [name, value] of entries) builder.add(name, value);
  return builder.root;
}

/**
 * The `too_many_params` error.
 *
 * @param limits The limits in force.
 * @returns The error.
 * @internal
 */
export function tooManyParams(limits: Limits) {
  return eventError(
    'too_many_params',
    `the body has more than ${limits.maxParams} parameters (limits.maxParams)`,
  );
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x57;
  return -1;
}

/**
 * URL-decodes `body[start..end)` as PHP's `urldecode` does, then reads the bytes as UTF-8.
 */
function decodeComponent(body: string, start: number, end: number, binary: boolean): string {
  let i = start;
  for (; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === PERCENT || c === PLUS || (c >= 0xd800 && c <= 0xdfff) || (binary && c >= 0x80)) break;
  }
  if (i === end) return body.slice(start, end);
  return decodeSlow(body, start, i, end, binary);
}

function decodeSlow(
  body: string,
  start: number,
  from: number,
  end: number,
  binary: boolean,
): string {
  let out = body.slice(start, from);
  let pending: number[] = []; // bytes >= 0x80 waiting to be read as UTF-8
  let plainStart = from;
  let i = from;
  while (i < end) {
    const c = body.charCodeAt(i);
    let byte = -1;
    let width = 1;
    if (c === PERCENT && i + 2 < end) {
      const hi = hexValue(body.charCodeAt(i + 1));
      const lo = hexValue(body.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        byte = (hi << 4) | lo;
        width = 3;
      }
    } else if (binary && c >= 0x80) {
      byte = c;
    }
    if (byte >= 0x80) {
      out += body.slice(plainStart, i);
      pending.push(byte);
      i += width;
      plainStart = i;
      continue;
    }
    if (pending.length > 0) {
      out += decodeUtf8Bytes(Uint8Array.from(pending), true);
      pending = [];
    }
    let replacement: string | undefined;
    if (byte >= 0) replacement = String.fromCharCode(byte);
    else if (c === PLUS) replacement = ' ';
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < end ? body.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) width = 2;
      else replacement = '\ufffd'; // a lone surrogate has no UTF-8 form
    }
    if (replacement !== undefined) {
      out += body.slice(plainStart, i) + replacement;
      plainStart = i + width;
    }
    i += width;
  }
  if (pending.length > 0) out += decodeUtf8Bytes(Uint8Array.from(pending), true);
  return out + body.slice(plainStart, end);
}

/**
 * Builds PHP's nested array from decoded (name, value) pairs, as `php_register_variable_ex` does.
 */
class FormBuilder {
  readonly root: FormObject = createFormObject();
  /** The next append index of each map that has seen a `[]`, as PHP's `nNextFreeElement`. */
  private readonly nextIndex = new Map<FormObject, bigint>();
  private readonly maxDepth: number;

  constructor(limits: Limits) {
    this.maxDepth = limits.maxDepth;
  }

  add(rawName: string, value: string): void {
    const nul = rawName.indexOf('\0');
    const name = nul === -1 ? rawName : rawName.slice(0, nul);
    let from = 0;
    while (name.charCodeAt(from) === SPACE) from++;
    const open = name.indexOf('[', from);
    let top = phpTopName(open === -1 ? name.slice(from) : name.slice(from, open));
    if (top === '') return; // PHP drops a variable whose name is empty
    if (open === -1) {
      this.set(this.root, top, value);
      return;
    }
    const keys: (string | null)[] = [];
    let at = open;
    for (;;) {
      const indexStart = at + 1;
      let cursor = indexStart;
      if (name.charCodeAt(cursor) === SPACE) cursor++;
      let close: number;
      if (name.charCodeAt(cursor) === CLOSE) {
        close = cursor;
        keys.push(null);
      } else {
        close = name.indexOf(']', cursor);
        if (close === -1) {
          if (keys.length === 0) {
            // An unclosed first `[` is no index: it and `.`, space and `[` after it become `_`.
            top = `${top}${UNDERSCORE}${name.slice(indexStart).replace(/[ .[]/g, UNDERSCORE)}`;
          }
          break; // an unclosed later group is ignored
        }
        keys.push(name.slice(indexStart, close));
      }
      if (keys.length > this.maxDepth) {
        throw eventError(
          'too_deep',
          `a parameter name has more than ${this.maxDepth} bracket groups (limits.maxDepth)`,
        );
      }
      if (name.charCodeAt(close + 1) !== OPEN) break;
      at = close + 1;
    }
    let map = this.root;
    let key: string | null = top;
    for (const next of keys) {
      const slot = key === null ? this.append(map) : key;
      const existing = map[slot];
      if (typeof existing === 'object') {
        map = existing;
      } else {
        const child = createFormObject();
        this.set(map, slot, child);
        map = child;
      }
      key = next;
    }
    this.set(map, key === null ? this.append(map) : key, value);
  }

  private set(map: FormObject, key: string, value: string | FormObject): void {
    map[key] = value;
    if (this.nextIndex.size > 0) {
      const next = this.nextIndex.get(map);
      if (next !== undefined) {
        const index = phpIntegerKey(key);
        if (index !== undefined && index >= next) this.nextIndex.set(map, index + 1n);
      }
    }
  }

  private append(map: FormObject): string {
    let next = this.nextIndex.get(map);
    if (next === undefined) {
      let max: bigint | undefined;
      for (const key of Object.keys(map)) {
        const index = phpIntegerKey(key);
        if (index !== undefined && (max === undefined || index > max)) max = index;
      }
      next = max === undefined ? 0n : max + 1n;
    }
    if (next > INT64_MAX) {
      // PHP drops the value with a warning; we refuse to lose it silently.
      throw eventError(
        'malformed_body',
        'a [] append follows the largest integer key PHP allows, so PHP would drop its value',
      );
    }
    this.nextIndex.set(map, next);
    return next.toString();
  }
}

/** The top-level name with PHP's replacements: `.` and space become `_`. */
function phpTopName(name: string): string {
  return name.indexOf('.') === -1 && name.indexOf(' ') === -1
    ? name
    : name.replace(/[ .]/g, UNDERSCORE);
}

/**
 * The integer a key stands for in a PHP array (`"12"`, `"-3"`; not `"012"`, `"-0"`, `"+1"`),
 * or `undefined` for a string key.
 */
function phpIntegerKey(key: string): bigint | undefined {
  const length = key.length;
  if (length === 0 || length > 20) return undefined;
  let i = key.charCodeAt(0) === 0x2d ? 1 : 0;
  if (i === length) return undefined;
  const first = key.charCodeAt(i);
  if (first === 0x30) return length === 1 ? 0n : undefined;
  for (; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const value = BigInt(key);
  return value > INT64_MAX || value < INT64_MIN ? undefined : value;
}
