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

/**
 * A decoded form and whether it has a key valibot's object schemas skip.
 * @internal
 */
export interface DecodedForm {
  /** The decoded map. */
  readonly root: FormObject;
  /** Whether some key, at any depth, is `__proto__`, `constructor` or `prototype`. */
  readonly hasReservedKey: boolean;
}

/** A parsed name: the top-level name, then each bracket group's key (`null` for `[]`). */
type NamePath = readonly [string, ...(string | null)[]];

const PLUS = 0x2b;
const PERCENT = 0x25;
const SPACE = 0x20;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const UNDERSCORE = '_';
const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;
/** A surrogate that is not half of a pair: text that has no UTF-8 form. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds a lone surrogate (`isWellFormed` where the runtime has it). */
function hasLoneSurrogate(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return wellFormed === undefined ? LONE_SURROGATE.test(text) : !wellFormed.call(text);
}

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
  return decodeFormTree(body, resolveLimits(options?.limits)).root;
}

/**
 * {@link decodeForm} with resolved limits, also telling whether a reserved key was seen.
 *
 * @param body The body.
 * @param limits The limits in force.
 * @returns The decoded form.
 * @internal
 */
export function decodeFormTree(body: FormBody, limits: Limits): DecodedForm {
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
 * Splits and decodes a body held as a string.
 *
 * @param body The body. With `binary`, every char is one byte (0..255); otherwise it is text and
 *   stands for its UTF-8 encoding.
 */
function decodeText(body: string, binary: boolean, limits: Limits): DecodedForm {
  if (body.indexOf('\0') !== -1) {
    // PHP stops reading at a literal NUL byte and drops the rest; a sender never puts one there.
    throw eventError(
      'malformed_body',
      'the body contains a literal NUL byte (senders encode it as %00)',
    );
  }
  // Every non-empty segment needs a character and a separator: only a long body can pass the
  // limit, and it is counted before any decoding work.
  if (body.length >= 2 * limits.maxParams && Number.isFinite(limits.maxParams))
    countParams(body, limits);
  const exact = binary || hasLoneSurrogate(body);
  const splitter = new Splitter(body, binary, exact);
  const builder = new FormBuilder(limits);
  const end = body.length;
  // http_build_query writes nested names depth first, so a name mostly repeats the one before
  // it but for its last key: then the value goes straight into the map the last one went into.
  let previous: NamePath | undefined;
  let previousMap: FormObject | undefined;
  let params = 0;
  let start = 0;
  while (start < end) {
    let amp = body.indexOf('&', start);
    if (amp === -1) amp = end;
    if (amp > start) {
      if (++params > limits.maxParams) throw tooManyParams(limits);
      const equals = splitter.equalsBefore(start, amp);
      const nameEnd = equals === -1 ? amp : equals;
      // The name before the value: the splitter's cursors only move forward.
      const path = exact
        ? parseName(splitter.decode(start, nameEnd))
        : splitter.name(start, nameEnd);
      const value = equals === -1 ? '' : splitter.decode(equals + 1, amp);
      if (path === undefined) {
        previous = undefined;
        previousMap = undefined;
      } else if (
        previous !== undefined &&
        previousMap !== undefined &&
        sameParent(path, previous)
      ) {
        builder.insertInto(previousMap, path[path.length - 1] as string | null, value);
      } else {
        previousMap = builder.insert(path, value);
        previous = path;
      }
    }
    start = amp + 1;
  }
  return builder;
}

/**
 * Whether two names lead to the same map for their last key: equal but for the last key, with
 * at least one bracket group, and no `[]` on the way (each `[]` makes a new element).
 */
function sameParent(path: NamePath, previous: NamePath): boolean {
  const last = path.length - 1;
  if (last === 0 || previous.length !== path.length) return false;
  for (let i = 0; i < last; i++) {
    const key = path[i];
    if (key === null || key !== previous[i]) return false;
  }
  return true;
}

/**
 * Throws `too_many_params` when the body has more non-empty segments than the limit: one native
 * search a segment, so a long body with few parameters costs almost nothing.
 */
function countParams(body: string, limits: Limits): void {
  let params = 0;
  let start = 0;
  while (start < body.length) {
    let amp = body.indexOf('&', start);
    if (amp === -1) amp = body.length;
    if (amp > start && ++params > limits.maxParams) throw tooManyParams(limits);
    start = amp + 1;
  }
}

/**
 * Finds `=`, `%` and `+` in a body with cursors that only move forward, so that the whole body
 * is scanned once however many segments it has; decodes components.
 */
class Splitter {
  private nextEquals = -1;
  private nextPercent = -1;
  private nextPlus = -1;

  /**
   * @param body The body.
   * @param binary Whether each char of the body is a byte.
   * @param exact Whether every component must take the byte-exact path (a binary body, or text
   *   with surrogates).
   */
  constructor(
    private readonly body: string,
    private readonly binary: boolean,
    private readonly exact: boolean,
  ) {}

  /** The first `=` in `[start, end)`, or -1. */
  equalsBefore(start: number, end: number): number {
    if (this.nextEquals < start) this.nextEquals = this.next('=', start);
    return this.nextEquals < end ? this.nextEquals : -1;
  }

  /** URL-decodes `[start, end)` as PHP's `urldecode` does, then reads the bytes as UTF-8. */
  decode(start: number, end: number): string {
    const body = this.body;
    if (this.exact) return decodeExact(body, start, end, this.binary);
    if (this.nextPercent < start) this.nextPercent = this.next('%', start);
    if (this.nextPlus < start) this.nextPlus = this.next('+', start);
    const plus = this.nextPlus < end;
    if (this.nextPercent >= end && !plus) return body.slice(start, end);
    const raw = body.slice(start, end);
    // Long texts (a message) decode faster as bytes; short ones through the native decoder.
    if (end - start > LONG_COMPONENT) return decodeTextBytes(raw);
    const spaced = plus ? raw.replaceAll('+', ' ') : raw;
    if (this.nextPercent >= end) return spaced;
    try {
      // Native and fast; it throws exactly when an escape is malformed or not UTF-8.
      return decodeURIComponent(spaced);
    } catch {
      return decodeExact(body, start, end, false);
    }
  }

  /**
   * Parses the name `[start, end)` of a text body, with PHP's rules, through a cache of names
   * seen before: the same few dozen names recur in every body.
   *
   * @returns The path, or `undefined` when PHP drops the variable.
   */
  name(start: number, end: number): NamePath | undefined {
    const raw = this.body.slice(start, end);
    const previous = this.previousName;
    let entry = previous.next;
    if (entry === undefined || entry.raw !== raw) {
      entry = NAME_CACHE.get(raw);
      if (entry === undefined) {
        const path = encodedName(raw) ?? parseName(this.decode(start, end));
        if (raw.length > MAX_CACHED_NAME) return path;
        entry = {
          raw,
          path: path === undefined ? undefined : Object.freeze(path),
          next: undefined,
        };
        if (NAME_CACHE.size >= NAME_CACHE_SIZE) NAME_CACHE.clear();
        NAME_CACHE.set(raw, entry);
      }
      previous.next = entry;
    }
    this.previousName = entry;
    return entry.path;
  }

  /** The cache entry of the name read last. */
  private previousName: NameEntry = BODY_START;

  private next(char: string, from: number): number {
    const at = this.body.indexOf(char, from);
    return at === -1 ? this.body.length : at;
  }
}

/** A parsed name, and the name that followed it the last time it was seen. */
interface NameEntry {
  readonly raw: string;
  readonly path: NamePath | undefined;
  next: NameEntry | undefined;
}

/**
 * Parsed names by their encoded text: a pure memo (the parse depends on the text alone). Bodies
 * of one event repeat the same names in the same order, so each entry remembers its successor:
 * checking that prediction with `===` is three times cheaper than hashing the name for the map.
 */
const NAME_CACHE = new Map<string, NameEntry>();
const NAME_CACHE_SIZE = 4096;
const MAX_CACHED_NAME = 256;
/** The entry before the first name of a body: its successor is the first name of the last body. */
const BODY_START: NameEntry = { raw: '', path: undefined, next: undefined };

/**
 * Parses a name as `http_build_query` writes them, on the encoded text: a word, then groups of
 * `%5B` (or `[`) + key + `%5D` (or `]`), where the keys hold word characters and `.`. Such a name
 * means the same decoded or not.
 *
 * @param raw The encoded name.
 * @returns The path, or `undefined` for any other name (it takes PHP's general rules).
 */
function encodedName(raw: string): NamePath | undefined {
  const end = raw.length;
  let i = 0;
  while (i < end && isWordChar(raw.charCodeAt(i))) i++;
  if (i === 0) return undefined;
  const path: [string, ...(string | null)[]] = [raw.slice(0, i)];
  while (i < end) {
    const open = bracketAt(raw, i, end, OPEN);
    if (open === 0) return undefined;
    const keyStart = i + open;
    let j = keyStart;
    while (j < end && (isWordChar(raw.charCodeAt(j)) || raw.charCodeAt(j) === 0x2e)) j++;
    const close = bracketAt(raw, j, end, CLOSE);
    if (close === 0) return undefined;
    path.push(j === keyStart ? null : raw.slice(keyStart, j));
    i = j + close;
  }
  return path;
}

/** From this length on a component is decoded by {@link decodeTextBytes}. */
const LONG_COMPONENT = 1024;
const HEX_VALUES = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX_VALUES[0x30 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX_VALUES[0x41 + i] = 10 + i;
  HEX_VALUES[0x61 + i] = 10 + i;
}
const textEncoder = new TextEncoder();

/**
 * URL-decodes a text component as PHP's `urldecode` does and reads the bytes as UTF-8, working
 * on the UTF-8 bytes of the text in place (decoding never makes them longer). Exact for text
 * without lone surrogates, which a non-exact body guarantees.
 *
 * @param text The component, still encoded.
 * @returns The decoded text.
 */
function decodeTextBytes(text: string): string {
  const bytes = textEncoder.encode(text);
  const length = bytes.length;
  let write = 0;
  for (let read = 0; read < length; read++) {
    const byte = bytes[read] as number;
    if (byte === PERCENT && read + 2 < length) {
      const hi = HEX_VALUES[bytes[read + 1] as number] as number;
      const lo = HEX_VALUES[bytes[read + 2] as number] as number;
      if ((hi | lo) >= 0) {
        bytes[write++] = (hi << 4) | lo;
        read += 2;
        continue;
      }
    }
    bytes[write++] = byte === PLUS ? SPACE : byte;
  }
  return decodeUtf8Bytes(bytes.subarray(0, write), true);
}

/** A-Z, a-z, 0-9, `_` and `-`: the characters `http_build_query` leaves alone, but `.`. */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2d
  );
}

/** The length of the bracket (`[` or `%5B`; `]` or `%5D`) at `i`, or 0 when there is none. */
function bracketAt(body: string, i: number, end: number, bracket: number): number {
  if (i >= end) return 0;
  const c = body.charCodeAt(i);
  if (c === bracket) return 1;
  if (c !== PERCENT || i + 2 >= end || body.charCodeAt(i + 1) !== 0x35) return 0;
  // %5B is `[`, %5D is `]`, in either letter case.
  return (body.charCodeAt(i + 2) | 0x20) === (bracket === OPEN ? 0x62 : 0x64) ? 3 : 0;
}

function decodeSearchParams(params: URLSearchParams, limits: Limits): DecodedForm {
  // The params are decoded already; their size is measured on the decoded names and values.
  let size = 0;
  let count = 0;
  for (const [name, value] of params) {
    size += name.length + value.length + 2;
    count++;
  }
  checkBodySize(size, limits);
  if (count > limits.maxParams) throw tooManyParams(limits);
  return decodeEntries(params, limits);
}

/**
 * Builds PHP's nested map from already decoded (name, value) pairs, with PHP's name rules: what
 * `Object.fromEntries(formData)` or fastify-formbody give (`{ 'data[PARAMS][MESSAGE]': '...' }`).
 *
 * @param entries The pairs, in body order.
 * @param limits The limits in force (`maxDepth`; the caller checks the others).
 * @returns The decoded form.
 * @internal
 */
export function decodeEntries(
  entries: Iterable<readonly [string, string]>,
  limits: Limits,
): DecodedForm {
  const builder = new FormBuilder(limits);
  for (const [name, value] of entries) {
    const path = parseName(name);
    if (path !== undefined) builder.insert(path, value);
  }
  return builder;
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
 * Tells whether a character is one of C's `isspace` set (tab, line feed, vertical tab, form
 * feed, carriage return, space): one of them alone in brackets appends, as `[]` does (PHP 8.2
 * observed; `a[%0B]` and `a[%0C]` too, not only the four the PHP source comment names).
 */
function isCSpace(c: number): boolean {
  return c === SPACE || (c >= 0x09 && c <= 0x0d);
}

/**
 * Parses a decoded name with PHP's rules (`php_register_variable_ex`).
 *
 * @returns The path, or `undefined` when PHP drops the variable (an empty name).
 */
function parseName(rawName: string): NamePath | undefined {
  const nul = rawName.indexOf('\0');
  const name = nul === -1 ? rawName : rawName.slice(0, nul);
  let from = 0;
  while (name.charCodeAt(from) === SPACE) from++;
  const open = name.indexOf('[', from);
  const top = phpTopName(open === -1 ? name.slice(from) : name.slice(from, open));
  if (top === '') return undefined; // PHP drops a variable whose name is empty
  const path: [string, ...(string | null)[]] = [top];
  if (open === -1) return path;
  let at = open;
  for (;;) {
    const indexStart = at + 1;
    let cursor = indexStart;
    if (isCSpace(name.charCodeAt(cursor))) cursor++;
    let close: number;
    if (name.charCodeAt(cursor) === CLOSE) {
      close = cursor;
      path.push(null);
    } else {
      close = name.indexOf(']', cursor);
      if (close === -1) {
        if (path.length === 1) {
          // An unclosed first `[` is no index: it and `.`, space and `[` after it become `_`.
          path[0] = `${top}${UNDERSCORE}${name.slice(indexStart).replace(/[ .[]/g, UNDERSCORE)}`;
        }
        return path; // an unclosed later group is ignored
      }
      path.push(name.slice(indexStart, close));
    }
    if (name.charCodeAt(close + 1) !== OPEN) return path;
    at = close + 1;
  }
}

/**
 * Builds PHP's nested array from parsed names and values, as `php_register_variable_ex` does.
 */
class FormBuilder implements DecodedForm {
  readonly root: FormObject = createFormObject();
  hasReservedKey = false;
  /** The next append index of each map that has seen a `[]`, as PHP's `nNextFreeElement`. */
  private readonly nextIndex = new Map<FormObject, bigint>();
  private readonly maxDepth: number;

  constructor(limits: Limits) {
    this.maxDepth = limits.maxDepth;
  }

  /**
   * Inserts a value at a path.
   *
   * @returns The map the last key went into.
   */
  insert(path: NamePath, value: string): FormObject {
    if (path.length - 1 > this.maxDepth) {
      throw eventError(
        'too_deep',
        `a parameter name has more than ${this.maxDepth} bracket groups (limits.maxDepth)`,
      );
    }
    let map = this.root;
    let key: string | null = path[0];
    for (let i = 1; i < path.length; i++) {
      const slot = key === null ? this.append(map) : key;
      const existing = map[slot];
      if (typeof existing === 'object') {
        map = existing;
      } else {
        const child = createFormObject();
        this.set(map, slot, child);
        map = child;
      }
      key = path[i] as string | null;
    }
    this.insertInto(map, key, value);
    return map;
  }

  /** Sets a key of a map (`null`: appends), as the last step of an insert. */
  insertInto(map: FormObject, key: string | null, value: string): void {
    this.set(map, key === null ? this.append(map) : key, value);
  }

  private set(map: FormObject, key: string, value: string | FormObject): void {
    map[key] = value;
    if ((key.length === 9 || key.length === 11) && isReservedKey(key)) this.hasReservedKey = true;
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

/**
 * Whether a key is one that plain objects treat specially (`__proto__`) or that valibot's object
 * schemas skip (`constructor`, `prototype`).
 *
 * @param key The key.
 * @returns True for `__proto__`, `constructor` and `prototype`.
 * @internal
 */
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/**
 * URL-decodes `body[start..end)` byte by byte, as PHP's `urldecode` does, and reads the bytes as
 * UTF-8 (invalid sequences become U+FFFD, and so do lone surrogates of text).
 *
 * @param binary Whether each char of `body` is a byte (0..255) rather than text.
 */
function decodeExact(body: string, start: number, end: number, binary: boolean): string {
  let out = '';
  let pending: number[] = []; // bytes >= 0x80 waiting to be read as UTF-8
  let plainStart = start;
  let i = start;
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
