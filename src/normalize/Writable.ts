/**
 * The same object type with its `readonly` modifiers removed, for building a result step by step.
 * @internal
 */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
