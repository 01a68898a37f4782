import { eventError } from '../errors/EventParseError.js';
import { createFormObject, type FormObject } from './FormObject.js';
import type { NamePath } from './formName.js';
import { type Limits, tooManyMaps } from './limits.js';

// The tree PHP builds from parsed names and values: nested maps, `[]` appends at PHP's next free
// index, the last value winning.

/**
 * A decoded form and whether it has a key valibot's object schemas skip.
 * @internal
 */
export interface DecodedForm {
  /** The decoded map. */
  readonly root: FormObject;
  /** Whether some key, at any depth, is `__proto__`, `constructor` or `prototype`. */
  readonly hasReservedKey: boolean;
}

const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;

/**
 * A PHP integer key: a number while it is exact (15 digits at most), a bigint beyond. The two
 * compare with each other exactly.
 */
type IntegerKey = number | bigint;

/**
 * Builds PHP's nested array from parsed names and values, as `php_register_variable_ex` does.
 * @internal
 */
export class FormBuilder implements DecodedForm {
  readonly root: FormObject = createFormObject();
  hasReservedKey = false;
  /**
   * The next append index of each map that has seen a `[]`, as PHP's `nNextFreeElement`. Keys
   * are never removed, so it always equals the largest integer key + 1 (0 for none): this is a
   * cache that spares a scan of the keys per append, and a map created by an append and given
   * only its first element is left out of it (its next index is 1, found by a one-key scan).
   */
  private readonly nextIndex = new Map<FormObject, IntegerKey>();
  // Set by the constructor alone: `declare` spares the build a field declaration each (the
  // decodeForm size budget).
  declare private readonly limits: Limits;
  /** How many more maps this body may make (`limits.maxMaps`). */
  declare private mapsLeft: number;

  constructor(limits: Limits) {
    this.limits = limits;
    this.mapsLeft = limits.maxMaps;
  }

  /**
   * Inserts a value at a path.
   *
   * @returns The map the last key went into.
   */
  insert(path: NamePath, value: string): FormObject {
    const maxDepth = this.limits.maxDepth;
    if ((path.depth ?? path.length - 1) > maxDepth) {
      throw eventError(
        'too_deep',
        `a parameter name has more than ${maxDepth} bracket groups (limits.maxDepth)`,
      );
    }
    let map = this.root;
    // Whether `map` was created by this insert: it is empty and in no cache, so an append takes
    // index 0 and nothing is there to replace.
    let fresh = false;
    const last = path.length - 1;
    for (let i = 0; i < last; i++) {
      let key = path[i] as string | null;
      if (!fresh) {
        if (key === null) key = this.append(map);
        const existing = map[key];
        if (typeof existing === 'object') {
          map = existing;
          continue;
        }
      }
      if (--this.mapsLeft < 0) throw tooManyMaps(this.limits);
      const child = createFormObject();
      this.put(map, key, child, fresh);
      map = child;
      fresh = true;
    }
    this.put(map, path[last] as string | null, value, fresh);
    return map;
  }

  /** Sets a key of a map (`null`: appends), as the last step of an insert. */
  insertInto(map: FormObject, key: string | null, value: string): void {
    this.put(map, key, value, false);
  }

  /**
   * Sets a key of a map (`null`: appends), keeping the next append index of the map.
   *
   * @param fresh Whether the map was created by this insert.
   */
  private put(map: FormObject, key: string | null, value: string | FormObject, fresh: boolean) {
    if (key === null) {
      key = fresh ? '0' : this.append(map);
    } else if (!fresh && this.nextIndex.size > 0) {
      const next = this.nextIndex.get(map);
      if (next !== undefined) {
        const index = phpIntegerKey(key);
        if (index !== undefined && index >= next) this.nextIndex.set(map, increment(index));
      }
    }
    map[key] = value;
    if (isReservedKey(key)) this.hasReservedKey = true;
  }

  private append(map: FormObject): string {
    let next = this.nextIndex.get(map);
    if (next === undefined) {
      let max: IntegerKey | undefined;
      for (const key in map) {
        const index = phpIntegerKey(key);
        if (index !== undefined && (max === undefined || index > max)) max = index;
      }
      next = max === undefined ? 0 : increment(max);
    }
    if (next > INT64_MAX) {
      // PHP drops the value with a warning; we refuse to lose it silently.
      throw eventError(
        'malformed_body',
        'a [] append follows the largest integer key PHP allows, so PHP would drop its value',
      );
    }
    this.nextIndex.set(map, increment(next));
    return next.toString();
  }
}

/** `key + 1`, exact: a number while it stays within 15 digits, a bigint past it. */
function increment(key: IntegerKey): IntegerKey {
  return typeof key === 'number' && key < MAX_EXACT ? key + 1 : BigInt(key) + 1n;
}

/** The largest number {@link phpIntegerKey} gives as a number (15 digits). */
const MAX_EXACT = 999_999_999_999_999;

/**
 * Whether a key is one that plain objects treat specially (`__proto__`) or that valibot's object
 * schemas skip (`constructor`, `prototype`).
 *
 * @param key The key.
 * @returns True for `__proto__`, `constructor` and `prototype`.
 * @internal
 */
export function isReservedKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/**
 * The integer a key stands for in a PHP array (`"12"`, `"-3"`; not `"012"`, `"-0"`, `"+1"`),
 * or `undefined` for a string key.
 */
function phpIntegerKey(key: string): IntegerKey | undefined {
  const length = key.length;
  if (length === 0 || length > 20) return undefined;
  const negative = key.charCodeAt(0) === 0x2d;
  let i = negative ? 1 : 0;
  if (i === length) return undefined;
  const first = key.charCodeAt(i);
  if (first === 0x30) return length === 1 ? 0 : undefined;
  let value = 0;
  for (; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
    value = value * 10 + (c - 0x30);
  }
  // Up to 15 digits the number is exact; longer keys are checked against PHP's range as bigints.
  if (length - (negative ? 1 : 0) <= 15) return negative ? -value : value;
  const big = BigInt(key);
  return big > INT64_MAX || big < INT64_MIN ? undefined : big;
}
