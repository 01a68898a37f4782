/**
 * Compares two strings in time that depends only on their lengths, never on where they differ.
 *
 * @param a One string.
 * @param b The other.
 * @returns Whether they are equal.
 * @internal
 */
export function equalInConstantTime(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    // Past the end charCodeAt gives NaN, and NaN | 0 is 0: the loop always runs to the end.
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
