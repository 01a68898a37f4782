import { eventError } from '../errors/EventParseError.js';
import { createFormObject, type FormObject } from './FormObject.js';
import type { NamePath } from './formName.js';
import type { Limits } from './limits.js';

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
 * Builds PHP's nested array from parsed names and values, as `php_register_variable_ex` does.
 * @internal
 */
export class FormBuilder implements DecodedForm {
  readonly root: FormObject = createFormObject();
  hasReservedKey = false;
  /** The next append index of each map that has seen a `[]`, as PHP's `nNextFreeElement`. */
  private readonly nextIndex = new Map<FormObject, bigint>();
  private readonly maxDepth: number;

  constructor(limits: Limits) {
    this.maxDepth = limits.maxDepth;
  }

  /**
   * Inserts a value at a path.
   *
   * @returns The map the last key went into.
   */
  insert(path: NamePath, value: string): FormObject {
    if (path.length - 1 > this.maxDepth) {
      throw eventError(
        'too_deep',
        `a parameter name has more than ${this.maxDepth} bracket groups (limits.maxDepth)`,
      );
    }
    let map = this.root;
    let key: string | null = path[0];
    for (let i = 1; i < path.length; i++) {
      const slot = key === null ? this.append(map) : key;
      const existing = map[slot];
      if (typeof existing === 'object') {
        map = existing;
      } else {
        const child = createFormObject();
        this.set(map, slot, child);
        map = child;
      }
      key = path[i] as string | null;
    }
    this.insertInto(map, key, value);
    return map;
  }

  /** Sets a key of a map (`null`: appends), as the last step of an insert. */
  insertInto(map: FormObject, key: string | null, value: string): void {
    this.set(map, key === null ? this.append(map) : key, value);
  }

  private set(map: FormObject, key: string, value: string | FormObject): void {
    map[key] = value;
    if ((key.length === 9 || key.length === 11) && isReservedKey(key)) this.hasReservedKey = true;
    if (this.nextIndex.size > 0) {
      const next = this.nextIndex.get(map);
      if (next !== undefined) {
        const index = phpIntegerKey(key);
        if (index !== undefined && index >= next) this.nextIndex.set(map, index + 1n);
      }
    }
  }

  private append(map: FormObject): string {
    let next = this.nextIndex.get(map);
    if (next === undefined) {
      let max: bigint | undefined;
      for (const key of Object.keys(map)) {
        const index = phpIntegerKey(key);
        if (index !== undefined && (max === undefined || index > max)) max = index;
      }
      next = max === undefined ? 0n : max + 1n;
    }
    if (next > INT64_MAX) {
      // PHP drops the value with a warning; we refuse to lose it silently.
      throw eventError(
        'malformed_body',
        'a [] append follows the largest integer key PHP allows, so PHP would drop its value',
      );
    }
    this.nextIndex.set(map, next);
    return next.toString();
  }
}

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
function phpIntegerKey(key: string): bigint | undefined {
  const length = key.length;
  if (length === 0 || length > 20) return undefined;
  let i = key.charCodeAt(0) === 0x2d ? 1 : 0;
  if (i === length) return undefined;
  const first = key.charCodeAt(i);
  if (first === 0x30) return length === 1 ? 0n : undefined;
  for (; i < length; i++) {
    const c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return undefined;
  }
  const value = BigInt(key);
  return value > INT64_MAX || value < INT64_MIN ? undefined : value;
}
