import { describeKind, eventError } from '../errors/EventParseError.js';
import { decodeUtf8Bytes, toBytes } from './bytes.js';
import type { FormObject } from './FormObject.js';
import { type NamePath, parseName } from './formName.js';
import { Splitter } from './formSplit.js';
import { type DecodedForm, FormBuilder } from './formTree.js';
import {
  checkBodySize,
  type Limits,
  resolveLimits,
  tooManyParams,
  utf8LengthUpTo,
} from './limits.js';
import { hasLoneSurrogate, unitsToText } from './percentDecode.js';

export type { DecodedForm } from './formTree.js';

const AMPERSAND = 0x26;

/**
 * Options of {@link decodeForm}.
 *
 * @category Form codec
 */
export interface DecodeFormOptions {
  /** Bounds on the work the body may cause; each missing one takes its default from {@link DEFAULT_LIMITS}. */
  readonly limits?: Partial<Limits> | undefined;
}

/**
 * What {@link decodeForm} accepts: the body as text or bytes, or already split by `URLSearchParams`.
 *
 * @category Form codec
 */
export type FormBody = string | Uint8Array | ArrayBuffer | URLSearchParams;

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
 * @category Form codec
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
    ? decodeText(unitsToText(new Uint16Array(bytes), bytes.length), true, limits)
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
  // limit (never an infinite one), and it is counted before any decoding work.
  if (body.length >= 2 * limits.maxParams) countParams(body, limits);
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
    if (amp === start) {
      // An empty segment, and any run of `&` after it: skipped a char at a time, not by a
      // native search each.
      while (body.charCodeAt(++start) === AMPERSAND);
      continue;
    }
    if (amp === -1) amp = end;
    if (++params > limits.maxParams) throw tooManyParams(limits);
    const equals = splitter.equalsBefore(start, amp);
    const nameEnd = equals === -1 ? amp : equals;
    // The name before the value: the splitter's cursors only move forward.
    const path = exact ? parseName(splitter.decode(start, nameEnd)) : splitter.name(start, nameEnd);
    const value = equals === -1 ? '' : splitter.decode(equals + 1, amp);
    if (path === undefined) {
      previous = undefined;
      previousMap = undefined;
    } else if (previous !== undefined && previousMap !== undefined && sameParent(path, previous)) {
      builder.insertInto(previousMap, path[path.length - 1] as string | null, value);
    } else {
      previousMap = builder.insert(path, value);
      previous = path;
    }
    start = amp + 1;
  }
  return builder;
}

/**
 * Whether two names lead to the same map for their last key: equal but for the last key, with
 * at least one bracket group, and no `[]` on the way (each `[]` makes a new element). A name
 * ending in an unclosed `[` never does: it goes through the depth check of an insert.
 */
function sameParent(path: NamePath, previous: NamePath): boolean {
  const last = path.length - 1;
  if (last === 0 || previous.length !== path.length || path.depth) return false;
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
    if (amp === start) {
      while (body.charCodeAt(++start) === AMPERSAND);
      continue;
    }
    if (amp === -1) amp = body.length;
    if (++params > limits.maxParams) throw tooManyParams(limits);
    start = amp + 1;
  }
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
