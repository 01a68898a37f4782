import { decodeFormTree } from './decodeForm.js';
import type { FormObject } from './FormObject.js';
import type { DecodedForm } from './formTree.js';
import { checkBodySize, type Limits } from './limits.js';
import { decodeBytes } from './percentDecode.js';

// A large form body as bytes, decoded without one string of the whole body. V8 keeps a string
// over 128 KB in its large-object space, where making one costs about a millisecond (a 300 KB
// body: 1.2 ms, four times its whole parse); a body that large is large because of a few long
// values (a message, twice). Those values are decoded straight from the bytes, and the rest of
// the body, each long value replaced by a short marker, goes through decodeForm as usual.

/** From this size on, a body's long values are decoded from its bytes. */
const LARGE_BODY = 64 * 1024;
/** A value at least this long is decoded from the bytes (shorter ones stay in the body). */
const LONG_VALUE = 4 * 1024;
const AMPERSAND = 0x26;
const EQUALS = 0x3d;
const PERCENT = 0x25;
const ZERO = 0x30;
/** `%00`, the start of a marker: it decodes to NUL, which no other value of the body holds. */
const MARKER = [PERCENT, ZERO, ZERO];

/**
 * Decodes a form body given as bytes exactly as {@link decodeFormTree} does (the same tree, the
 * same errors), faster on a large body with long values: those are decoded from the bytes, so no
 * string of the whole body is made.
 *
 * Each long value is replaced by a marker `%00` + its number, which decodes to NUL + digits;
 * once the rest is decoded, each marker leaf still in the tree (a later duplicate may have
 * replaced it, as PHP replaces the value) is swapped for its value. A marker is unambiguous
 * because the rest of the body holds no NUL: a body with a literal NUL byte (refused) or `%00`
 * outside its long values takes the ordinary path.
 *
 * A value is decoded the same from its bytes whatever the rest of the body is: valid UTF-8 or
 * not, decodeForm reads each component's bytes with one decoder.
 *
 * @param bytes The body.
 * @param limits The limits in force.
 * @returns The decoded form.
 * @throws {EventParseError} As {@link decodeFormTree}.
 * @internal
 */
export function decodeFormBytes(bytes: Uint8Array, limits: Limits): DecodedForm {
  const end = bytes.length;
  if (end < LARGE_BODY || bytes.indexOf(0) !== -1) return decodeFormTree(bytes, limits);
  // What decodeFormTree would refuse first; the rest of the body is smaller than the body.
  checkBodySize(end, limits);
  // The long values, as [start, end) pairs; a forward cursor for `=` keeps the scan linear.
  const long: number[] = [];
  let nextEquals = -1;
  let start = 0;
  while (start < end) {
    if (bytes[start] === AMPERSAND) {
      start++;
      continue;
    }
    let amp = bytes.indexOf(AMPERSAND, start);
    if (amp === -1) amp = end;
    if (nextEquals < start) {
      nextEquals = bytes.indexOf(EQUALS, start);
      if (nextEquals === -1) nextEquals = end;
    }
    if (nextEquals < amp && amp - nextEquals - 1 >= LONG_VALUE) long.push(nextEquals + 1, amp);
    start = amp + 1;
  }
  if (long.length === 0) return decodeFormTree(bytes, limits);
  // The body with each long value replaced by its marker; any `%00` elsewhere: the ordinary path.
  // Value k's marker is `%00` + the digits of k.
  let size = end;
  for (let i = 0; i < long.length; i += 2) {
    size += MARKER.length + `${i / 2}`.length - ((long[i + 1] as number) - (long[i] as number));
  }
  const rest = new Uint8Array(size);
  let at = 0;
  let from = 0;
  for (let i = 0; i <= long.length; i += 2) {
    const to = i < long.length ? (long[i] as number) : end;
    if (hasNulEscape(bytes, from, to)) return decodeFormTree(bytes, limits);
    rest.set(bytes.subarray(from, to), at);
    at += to - from;
    if (i === long.length) break;
    rest.set(MARKER, at);
    at += MARKER.length;
    const digits = `${i / 2}`;
    for (let d = 0; d < digits.length; d++) rest[at++] = digits.charCodeAt(d);
    from = long[i + 1] as number;
  }
  const form = decodeFormTree(rest, limits);
  swapMarkers(form.root, bytes, long);
  return form;
}

/** Whether `bytes[from..to)` holds `%00` (one pass, whatever the body is made of). */
function hasNulEscape(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i + 2 < to; i++) {
    if (bytes[i] === PERCENT && bytes[i + 1] === ZERO && bytes[i + 2] === ZERO) return true;
  }
  return false;
}

/** Replaces every marker leaf of the tree by the long value it stands for. */
function swapMarkers(map: FormObject, bytes: Uint8Array, long: readonly number[]): void {
  for (const key in map) {
    const value = map[key] as string | FormObject;
    if (typeof value === 'object') {
      swapMarkers(value, bytes, long);
    } else if (value.charCodeAt(0) === 0) {
      const i = 2 * Number(value.slice(1));
      const from = long[i] as number;
      map[key] = decodeBytes(bytes.subarray(from, long[i + 1]), (long[i + 1] as number) - from);
    }
  }
}
