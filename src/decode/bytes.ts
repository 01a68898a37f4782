const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads UTF-8 bytes as text; a byte order mark is kept, as PHP keeps it.
 *
 * @param bytes The bytes.
 * @returns The text, or `undefined` for invalid UTF-8 (the caller then reads the bytes one by one).
 * @internal
 */
export function decodeUtf8Bytes(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Views a binary body as bytes: any `ArrayBufferView` (a `Uint8Array`, a Node `Buffer`) or an
 * `ArrayBuffer`, also from another realm.
 *
 * @param body The candidate body.
 * @returns Its bytes, or `undefined` when it is not binary.
 * @internal
 */
export function toBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body;
  if (ArrayBuffer.isView(body))
    return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (
    body instanceof ArrayBuffer ||
    Object.prototype.toString.call(body) === '[object ArrayBuffer]'
  ) {
    return new Uint8Array(body as ArrayBuffer);
  }
  return undefined;
}
