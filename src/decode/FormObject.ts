/**
 * A decoded form value: a leaf string, or a nested map.
 *
 * @category Form codec
 */
export type FormValue = string | FormObject;

/**
 * A decoded form body: PHP's array as an ordered map with a `null` prototype. Keys are strings
 * (PHP's integer keys such as `"103"` stay keys, never array indices); leaves are strings.
 *
 * @category Form codec
 */
export interface FormObject {
  [key: string]: FormValue;
}

/**
 * Creates an empty map with a `null` prototype, so that keys such as `__proto__` are plain keys.
 *
 * @returns The empty map.
 * @internal
 */
export function createFormObject(): FormObject {
  // Not Object.create(null): V8 keeps that object in slow dictionary mode from the start, while
  // an empty literal whose prototype is then set to null keeps fast properties. Both have no
  // prototype at all, so `__proto__` is a plain key either way.
  return Object.setPrototypeOf({}, null) as FormObject;
}
