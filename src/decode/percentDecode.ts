import { decodeUtf8Bytes } from './bytes.js';

// Percent-decoding as PHP's `urldecode` does it: `+` is a space, `%XX` a byte, a malformed escape
// stays literal; the bytes are then read as UTF-8 (invalid sequences become U+FFFD).

const PLUS = 0x2b;
const PERCENT = 0x25;
const SPACE = 0x20;
/** A surrogate that is not half of a pair: text that has no UTF-8 form. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a string holds a lone surrogate (`isWellFormed` where the runtime has it). @internal */
export function hasLoneSurrogate(text: string): boolean {
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return wellFormed === undefined ? LONE_SURROGATE.test(text) : !wellFormed.call(text);
}

/** From this length on a component is decoded by {@link decodeTextBytes}. @internal */
export const LONG_COMPONENT = 1024;
/** The value of each hex digit's byte, -1 for any other byte. */
const HEX_VALUES = /* @__PURE__ */ hexTable();
const textEncoder = /* @__PURE__ */ new TextEncoder();

function hexTable(): Int8Array {
  const table = new Int8Array(256).fill(-1);
  for (let i = 0; i < 10; i++) table[0x30 + i] = i;
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
}

/**
 * URL-decodes a text component as PHP's `urldecode` does and reads the bytes as UTF-8, working
 * on the UTF-8 bytes of the text in place (decoding never makes them longer). Exact for text
 * without lone surrogates, which a non-exact body guarantees.
 *
 * @param text The component, still encoded.
 * @returns The decoded text.
 * @internal
 */
export function decodeTextBytes(text: string): string {
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

/** A byte string: one char per byte. @internal */
export function latin1(bytes: Uint8Array): string {
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
 * URL-decodes `body[start..end)` byte by byte, as PHP's `urldecode` does, and reads the bytes as
 * UTF-8 (invalid sequences become U+FFFD, and so do lone surrogates of text).
 *
 * @param binary Whether each char of `body` is a byte (0..255) rather than text.
 * @internal
 */
export function decodeExact(body: string, start: number, end: number, binary: boolean): string {
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
