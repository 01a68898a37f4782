/**
 * The definition the form codec's component decoder must meet, written as plainly as possible
 * to serve as its oracle: the component's bytes (UTF-8 of text, whose lone surrogates have no
 * UTF-8 form and become EF BF BD; or one byte per char of a binary body), then PHP's `urldecode`
 * on them (`+` a space, `%XX` a byte when both are hex digits, anything else literal), then
 * `TextDecoder`'s UTF-8 reading (invalid sequences U+FFFD, a BOM kept).
 */
export function referenceDecode(component: string, binary = false): string {
  const input = binary
    ? Uint8Array.from(component, (char) => char.charCodeAt(0))
    : new TextEncoder().encode(component);
  const isHex = (byte: number | undefined) =>
    byte !== undefined && /^[0-9a-fA-F]$/.test(String.fromCharCode(byte));
  const out: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] as number;
    if (byte === 0x25 && isHex(input[i + 1]) && isHex(input[i + 2])) {
      out.push(
        Number.parseInt(String.fromCharCode(input[i + 1] as number, input[i + 2] as number), 16),
      );
      i += 2;
    } else {
      out.push(byte === 0x2b ? 0x20 : byte);
    }
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(out));
}
