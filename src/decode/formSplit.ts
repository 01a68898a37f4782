import { encodedName, type NamePath, parseName } from './formName.js';
import { decodeExact, LONG_COMPONENT } from './percentDecode.js';

// Splitting a body into names and values: one forward scan for `=`, `%` and `+`, and a cache of
// the names seen before.

/**
 * Finds `=`, `%` and `+` in a body with cursors that only move forward, so that the whole body
 * is scanned once however many segments it has; decodes components.
 * @internal
 */
export class Splitter {
  private nextEquals = -1;
  private nextPercent = -1;
  private nextPlus = -1;
  // Set by the constructor alone: `declare` spares the build a field declaration each (the
  // decodeForm size budget).
  declare private readonly body: string;
  declare private readonly binary: boolean;
  declare private readonly exact: boolean;

  /**
   * @param body The body.
   * @param binary Whether each char of the body is a byte.
   * @param exact Whether every component must take the byte-exact path (a binary body, or text
   *   with surrogates).
   */
  constructor(body: string, binary: boolean, exact: boolean) {
    this.body = body;
    this.binary = binary;
    this.exact = exact;
  }

  /** The first `=` in `[start, end)`, or -1. */
  equalsBefore(start: number, end: number): number {
    if (this.nextEquals < start) this.nextEquals = this.next('=', start);
    return this.nextEquals < end ? this.nextEquals : -1;
  }

  /** URL-decodes `[start, end)` as PHP's `urldecode` does, then reads the bytes as UTF-8. */
  decode(start: number, end: number): string {
    const body = this.body;
    if (this.exact) return decodeExact(body, start, end, this.binary);
    if (this.nextPercent < start) this.nextPercent = this.next('%', start);
    if (this.nextPlus < start) this.nextPlus = this.next('+', start);
    const plus = this.nextPlus < end;
    if (this.nextPercent >= end && !plus) return body.slice(start, end);
    // Long texts (a message) decode faster as bytes; short ones through the native decoder.
    if (end - start > LONG_COMPONENT) return decodeExact(body, start, end, false);
    const raw = body.slice(start, end);
    const spaced = plus ? raw.replaceAll('+', ' ') : raw;
    if (this.nextPercent >= end) return spaced;
    try {
      // Native and fast; it throws exactly when an escape is malformed or not UTF-8.
      return decodeURIComponent(spaced);
    } catch {
      return decodeExact(body, start, end, false);
    }
  }

  /**
   * Parses the name `[start, end)` of a text body, with PHP's rules, through a cache of names
   * seen before: the same few dozen names recur in every body.
   *
   * @returns The path, or `undefined` when PHP drops the variable.
   */
  name(start: number, end: number): NamePath | undefined {
    const raw = this.body.slice(start, end);
    const previous = this.previousName;
    let entry = previous.next;
    if (entry === undefined || entry.raw !== raw) {
      entry = NAME_CACHE.get(raw);
      if (entry === undefined) {
        const path = encodedName(raw) ?? parseName(this.decode(start, end));
        if (raw.length > MAX_CACHED_NAME) return path;
        entry = {
          raw,
          // Readonly<> of the tuple with its `depth` is no tuple to the compiler; it is the same path.
          path: path === undefined ? undefined : (Object.freeze(path) as NamePath),
          next: undefined,
        };
        if (NAME_CACHE.size >= NAME_CACHE_SIZE) NAME_CACHE.clear();
        NAME_CACHE.set(raw, entry);
      }
      previous.next = entry;
    }
    this.previousName = entry;
    return entry.path;
  }

  /** The cache entry of the name read last. */
  private previousName: NameEntry = BODY_START;

  private next(char: string, from: number): number {
    const at = this.body.indexOf(char, from);
    return at === -1 ? this.body.length : at;
  }
}

/** A parsed name, and the name that followed it the last time it was seen. */
interface NameEntry {
  readonly raw: string;
  readonly path: NamePath | undefined;
  next: NameEntry | undefined;
}

/**
 * Parsed names by their encoded text: a pure memo (the parse depends on the text alone). Bodies
 * of one event repeat the same names in the same order, so each entry remembers its successor:
 * checking that prediction with `===` is three times cheaper than hashing the name for the map.
 */
const NAME_CACHE = new Map<string, NameEntry>();
const NAME_CACHE_SIZE = 4096;
const MAX_CACHED_NAME = 256;
/** The entry before the first name of a body: its successor is the first name of the last body. */
const BODY_START: NameEntry = { raw: '', path: undefined, next: undefined };
