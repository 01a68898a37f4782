import * as v from 'valibot';

/**
 * A check that reports each of `keys` missing from an object, at the key's own path, when
 * `applies` says the keys are required for this object.
 *
 * @param keys The keys that must be present.
 * @param applies Whether they are required for the given object.
 * @param why The reason, appended to the message (`'in a private chat'`).
 * @returns A valibot raw check action.
 * @internal
 */
export function requireFields<T extends Record<string, unknown>>(
  keys: readonly (keyof T & string)[],
  applies: (input: T) => boolean,
  why?: string,
) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed || !applies(dataset.value)) return;
    for (const key of keys) {
      if (dataset.value[key] !== undefined) continue;
      addIssue({
        message: why === undefined ? 'is required but missing' : `is required ${why} but missing`,
        input: undefined,
        path: [{ type: 'object', origin: 'value', input: dataset.value, key, value: undefined }],
      });
    }
  });
}
