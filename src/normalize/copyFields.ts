/**
 * Copies the fields a payload sent under their own names, each converted: the API 2.0 entities
 * keep the wire's camelCase names, so most of their fields are copied this way. A field missing
 * on the wire stays missing.
 *
 * @param out The object being built.
 * @param raw The validated wire object.
 * @param keys The fields to copy.
 * @param convert Turns a wire value into the normalized one.
 * @internal
 */
export function copyFields<Raw, Key extends keyof Raw & string>(
  out: object,
  raw: Raw,
  keys: readonly Key[],
  convert: (value: Exclude<Raw[Key], undefined>) => unknown,
): void {
  for (const key of keys) {
    const value = raw[key];
    if (value !== undefined) {
      (out as Record<string, unknown>)[key] = convert(value as Exclude<Raw[Key], undefined>);
    }
  }
}
