// Percent-decoding as PHP's `urldecode` does it: `+` is a space, `%XX` a byte, a malformed escape
// stays literal; the bytes are then read as UTF-8 (invalid sequences become U+FFFD).

const PLUS = 0x2b;
const PERCENT = 0x25;
const SPACE = 0x20;
/**
 * Whether a string holds a lone surrogate, text that has no UTF-8 form: `isWellFormed` where the
 * runtime has it, else `encodeURIComponent`, which throws on exactly such text. @internal
 */
export function hasLoneSurrogate(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  if (wellFormed !== undefined) return !wellFormed.call(text);
  try {
    encodeURIComponent(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * From this length on a text component is decoded by {@link decodeExact} rather than by the
 * native `decodeURIComponent`. @internal
 */
export const LONG_COMPONENT = 1024;
/** The value of each hex digit's byte, -1 for any other byte. */
const HEX_VALUES = /* @__PURE__ */ hexTable();
const textEncoder = /* @__PURE__ */ new TextEncoder();

function hexTable(): Int8Array {
  const table = new Int8Array(256).fill(-1);
  const digits = '0123456789abcdefABCDEF';
  for (let i = 0; i < 22; i++) table[digits.charCodeAt(i)] = i < 16 ? i : i - 6;
  return table;
}

/** Scratch buffers of {@link decodeExact}, reused while they are small enough. */
let scratchBytes: Uint8Array = /* @__PURE__ */ new Uint8Array(256);
let scratchUnits: Uint16Array = /* @__PURE__ */ new Uint16Array(256);
/** The largest scratch buffer kept between calls, in elements. */
const MAX_KEPT = 1 << 18;
/** Code units per `String.fromCharCode` call in {@link unitsToText}. */
const CHUNK = 4096;
const REPLACEMENT = 0xfffd;

/**
 * URL-decodes `body[start..end)` as PHP's `urldecode` does and reads the bytes as UTF-8, as
 * `TextDecoder` does (each maximal invalid sequence becomes U+FFFD; so does a lone surrogate of
 * text, which has no UTF-8 form), in one pass over the bytes: `%XX` escapes and literal bytes
 * form UTF-8 sequences that are decoded on the spot into UTF-16 code units, with no string made
 * per escape.
 *
 * @param binary Whether each char of `body` is a byte (0..255) rather than text.
 * @internal
 */
export function decodeExact(body: string, start: number, end: number, binary: boolean): string {
  const length = end - start;
  let bytes = scratchBytes;
  let count = length;
  if (binary) {
    if (bytes.length < length) bytes = byteRoom(length);
    for (let i = 0; i < length; i++) bytes[i] = body.charCodeAt(start + i);
  } else {
    const text = body.slice(start, end);
    // An encoded component is mostly ASCII: its UTF-8 fits in its length plus a little, and
    // only when it does not is the room made for the worst case (3 bytes a UTF-16 unit).
    if (bytes.length < length) bytes = byteRoom(length + (length >> 3));
    let encoded = textEncoder.encodeInto(text, bytes);
    if (encoded.read < length) {
      bytes = byteRoom(3 * length);
      encoded = textEncoder.encodeInto(text, bytes);
    }
    count = encoded.written;
  }
  return decodeBytes(bytes, count);
}

/**
 * URL-decodes the first `count` bytes of `bytes` (a component as it came on the wire) as PHP's
 * `urldecode` does and reads them as UTF-8: what {@link decodeExact} does once it has the bytes.
 * @internal
 */
export function decodeBytes(bytes: Uint8Array, count: number): string {
  // Never more units than bytes: a unit takes one byte at least, a pair of units four.
  let units = scratchUnits;
  if (units.length < count) {
    units = new Uint16Array(count);
    if (count <= MAX_KEPT) scratchUnits = units;
  }
  return unitsToText(units, decodeUnits(bytes, count, units));
}

/**
 * The loop of {@link decodeExact}, on its own so that it optimizes as a whole (as one function
 * with its caller, V8 deoptimized it on every call). It handles the common cases itself: a
 * literal ASCII byte, an escaped one, a malformed escape, an escaped two-byte sequence (Cyrillic,
 * Greek, accented Latin); anything else is one call of {@link readSequence}, which keeps this
 * loop small.
 *
 * @returns How many code units were written to `out`.
 */
function decodeUnits(bytes: Uint8Array, length: number, out: Uint16Array): number {
  let o = 0;
  let r = 0;
  while (r < length) {
    const byte = bytes[r] as number;
    if (byte !== PERCENT && byte < 0x80) {
      out[o++] = byte === PLUS ? SPACE : byte;
      r++;
      continue;
    }
    if (byte === PERCENT) {
      const lead = escapeAt(bytes, r, length);
      if (lead < 0x80) {
        // An escaped ASCII byte, or a malformed escape, which stays a literal `%`.
        out[o++] = lead < 0 ? PERCENT : lead;
        r += lead < 0 ? 1 : 3;
        continue;
      }
      if (lead >= 0xc2 && lead <= 0xdf && bytes[r + 3] === PERCENT) {
        const next = escapeAt(bytes, r + 3, length);
        if ((next & 0xc0) === 0x80) {
          out[o++] = ((lead & 0x1f) << 6) | (next & 0x3f);
          r += 6;
          continue;
        }
      }
    }
    const sequence = readSequence(bytes, r, length);
    r += sequence >>> 21;
    const code = sequence & 0x1fffff;
    if (code < 0x10000) {
      out[o++] = code;
    } else {
      out[o++] = 0xd800 | ((code - 0x10000) >> 10);
      out[o++] = 0xdc00 | (code & 0x3ff);
    }
  }
  return o;
}

/**
 * Reads one char at `at`, where a byte of 0x80 or over (escaped or literal) is: the UTF-8
 * sequence of escaped and literal bytes it starts, or U+FFFD for each maximal part of one that
 * is not well-formed, as `TextDecoder` reads it.
 *
 * @returns The code point, and in the bits from 21 up how many bytes of input it took.
 */
function readSequence(bytes: Uint8Array, at: number, length: number): number {
  let r = at;
  let byte = bytes[r] as number;
  if (byte === PERCENT) {
    byte = escapeAt(bytes, r, length); // a well-formed escape: decodeUnits took the others
    r += 3;
  } else {
    r++;
  }
  // The byte is 0x80 or over ({@link decodeUnits} takes every other one itself). A lead byte: its continuation bytes (escaped or literal) must follow in the ranges of
  // well-formed UTF-8, the first one narrower after E0, ED, F0 and F4.
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  let code: number;
  if (byte >= 0xc2 && byte <= 0xdf) {
    need = 1;
    code = byte & 0x1f;
  } else if (byte >= 0xe0 && byte <= 0xef) {
    need = 2;
    code = byte & 0x0f;
    if (byte === 0xe0) low = 0xa0;
    else if (byte === 0xed) high = 0x9f;
  } else if (byte >= 0xf0 && byte <= 0xf4) {
    need = 3;
    code = byte & 0x07;
    if (byte === 0xf0) low = 0x90;
    else if (byte === 0xf4) high = 0x8f;
  } else {
    need = 0; // no lead byte
    code = REPLACEMENT;
  }
  for (; need > 0; need--) {
    let next = r < length ? (bytes[r] as number) : -1;
    let width = 1;
    if (next === PERCENT) {
      const escaped = escapeAt(bytes, r, length);
      if (escaped >= 0) {
        next = escaped;
        width = 3;
      }
    }
    // Not a continuation byte (or the end): the sequence so far is one U+FFFD, and this byte
    // is read again as the start of the next one.
    if (next < low || next > high) break;
    r += width;
    low = 0x80;
    high = 0xbf;
    code = (code << 6) | (next & 0x3f);
  }
  return ((r - at) << 21) | (need > 0 ? REPLACEMENT : code);
}

/** The byte of the escape `%XX` at `at`, or -1 when it is malformed. */
function escapeAt(bytes: Uint8Array, at: number, length: number): number {
  if (at + 2 >= length) return -1;
  const hi = HEX_VALUES[bytes[at + 1] as number] as number;
  const lo = HEX_VALUES[bytes[at + 2] as number] as number;
  return (hi | lo) < 0 ? -1 : (hi << 4) | lo;
}

/** A byte buffer of `size` bytes, kept for the next calls while small. */
function byteRoom(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  if (size <= MAX_KEPT) scratchBytes = bytes;
  return bytes;
}

/**
 * UTF-16 code units to text in one native call, where the runtime has the Encoding standard's
 * `utf-16le` (`null` where it has not, `undefined` before the first long text). ignoreBOM: a
 * leading U+FEFF is text here and stays, as in PHP.
 */
let utf16Decoder: TextDecoder | null | undefined;

/**
 * The text of the first `count` code units of `units`.
 * @internal
 */
export function unitsToText(units: Uint16Array, count: number): string {
  const used = units.subarray(0, count);
  if (count > CHUNK) {
    if (utf16Decoder === undefined) {
      try {
        utf16Decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
      } catch {
        utf16Decoder = null; // a runtime with UTF-8 alone
      }
    }
    if (utf16Decoder !== null) return utf16Decoder.decode(used);
  }
  let text = '';
  for (let i = 0; i < count; i += CHUNK) {
    text += String.fromCharCode.apply(null, used.subarray(i, i + CHUNK) as unknown as number[]);
  }
  return text;
}
