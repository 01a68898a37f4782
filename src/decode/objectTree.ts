import {
  describeKind,
  type EventIssue,
  EventParseError,
  eventError,
} from '../errors/EventParseError.js';
import { createFormObject, type FormObject, type FormValue } from './FormObject.js';
import { isReservedKey } from './formTree.js';
import { type Limits, tooManyMaps, tooManyParams } from './limits.js';

// Objects a framework or JSON.parse made, as wire trees: checked as they are when they already
// are one, else copied into one with every leaf as the text PHP would send.

/**
 * Whether a value already is a wire tree within the limits: string leaves, non-empty objects
 * (no arrays) without reserved keys, no deeper than `limits.maxDepth`, at most `limits.maxParams`
 * leaves and `limits.maxMaps` nested objects. Reads only; allocates only the lists of keys.
 * @internal
 */
export function isWireTree(
  value: unknown,
  level: number,
  limits: Limits,
  count: { leaves: number; maps: number },
): boolean {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    level > limits.maxDepth
  ) {
    return false;
  }
  // Own enumerable keys, as `for…in` with `Object.hasOwn` would give, at half the cost.
  const keys = Object.keys(value);
  if (keys.length === 0) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (isReservedKey(key)) return false;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'string') {
      if (++count.leaves > limits.maxParams) return false;
    } else if (++count.maps > limits.maxMaps || !isWireTree(item, level + 1, limits, count)) {
      return false;
    }
  }
  return true;
}

/** The string PHP would send for a JSON scalar, or `undefined` for anything else. @internal */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? '1' : '0';
    default:
      return undefined;
  }
}

/**
 * Copies a decoded object into a wire tree, with the limits, and collects what cannot be kept.
 * @internal
 */
export class TreeWalker {
  readonly lists = new Set<FormObject>();
  private readonly issues: EventIssue[] = [];
  /** The containers being copied, outermost first; `undefined` when cycles cannot occur. */
  private readonly ancestors: object[] | undefined;
  /** The keys leading to the container being copied. */
  private readonly keys: string[] = [];
  private leaves = 0;
  private maps = 0;

  /**
   * @param limits The limits in force.
   * @param acyclic Whether the input is known to be a tree (`JSON.parse` output), so that cycles
   *   need not be looked for.
   */
  constructor(
    private readonly limits: Limits,
    acyclic: boolean,
  ) {
    this.ancestors = acyclic ? undefined : [];
  }

  /** Copies a container whose children sit `level` bracket groups deep; `undefined` when empty. */
  map(value: object, level: number): FormObject | undefined {
    if (level > this.limits.maxDepth) {
      throw eventError(
        'too_deep',
        `the payload nests deeper than ${this.limits.maxDepth} levels (limits.maxDepth)`,
      );
    }
    const ancestors = this.ancestors;
    if (ancestors !== undefined) {
      if (ancestors.includes(value)) {
        this.issue('expected a tree, found a cycle');
        return undefined;
      }
      ancestors.push(value);
    }
    const out = createFormObject();
    let empty = true;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      let copy: FormValue | undefined;
      if (isReservedKey(key)) {
        this.issue(`a key named ${key} is not allowed`, key);
      } else if (typeof item === 'string') {
        copy = item;
        if (++this.leaves > this.limits.maxParams) throw tooManyParams(this.limits);
      } else if (typeof item === 'object' && item !== null) {
        if (++this.maps > this.limits.maxMaps) throw tooManyMaps(this.limits);
        this.keys.push(key);
        copy = this.map(item, level + 1);
        this.keys.pop();
      } else {
        copy = this.scalar(item, key);
      }
      if (copy !== undefined) {
        out[key] = copy;
        empty = false;
      }
    }
    ancestors?.pop();
    if (empty) return undefined;
    if (Array.isArray(value)) this.lists.add(out);
    return out;
  }

  finish(): void {
    const [first, ...rest] = this.issues;
    if (first !== undefined) throw new EventParseError('invalid_payload', [first, ...rest]);
  }

  /** A leaf that is not a string: the text PHP would send, nothing for null, or an issue. */
  private scalar(item: unknown, key: string): string | undefined {
    if (item === null || item === undefined) return undefined;
    const text = scalarText(item);
    if (text === undefined) {
      this.issue(`expected a string, found ${describeKind(item)}`, key);
      return undefined;
    }
    if (++this.leaves > this.limits.maxParams) throw tooManyParams(this.limits);
    return text;
  }

  private issue(message: string, key?: string): void {
    const keys = key === undefined ? this.keys : [...this.keys, key];
    const [top = '', ...rest] = keys;
    this.issues.push({ path: top + rest.map((part) => `[${part}]`).join(''), message });
  }
}
